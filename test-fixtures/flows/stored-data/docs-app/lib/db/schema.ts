// lib/db/schema.ts: the drafts users write and the changelog the server writes itself.
import { pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

export const draft = pgTable("Draft", {
  id: uuid("id").primaryKey().notNull(),
  title: text("title").notNull(),
  body: text("body"),
  createdAt: timestamp("createdAt").notNull(),
});

export const releaseNote = pgTable("ReleaseNote", {
  id: uuid("id").primaryKey().notNull(),
  summary: text("summary").notNull(),
});

export const styleGuide = pgTable("StyleGuide", {
  id: uuid("id").primaryKey().notNull(),
  rules: text("rules").notNull(),
});
