// lib/db/schema.ts: note cards users write, and the card templates the server seeds itself.
import { pgTable, text, timestamp, uuid, varchar } from "drizzle-orm/pg-core";

export const noteCard = pgTable("NoteCard", {
  id: uuid("id").primaryKey().notNull(),
  title: text("title").notNull(),
  body: text("body"),
  layout: varchar("layout", { enum: ["bullets", "memo", "plain"] }).notNull(),
  updatedAt: timestamp("updatedAt").notNull(),
});

export const cardTemplate = pgTable("CardTemplate", {
  id: uuid("id").primaryKey().notNull(),
  layout: varchar("layout", { enum: ["bullets", "memo", "plain"] }).notNull(),
  body: text("body").notNull(),
});

export type NoteCard = typeof noteCard.$inferSelect;
