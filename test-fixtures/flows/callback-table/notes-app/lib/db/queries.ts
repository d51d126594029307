// lib/db/queries.ts: every read and write of the cards database goes through here.
import { desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { cardTemplate, noteCard } from "./schema";

const db = drizzle(postgres(process.env.CARDS_DATABASE_URL ?? ""));

export async function saveNoteCard({ id, title, body, layout }: { id: string; title: string; body: string; layout: "bullets" | "memo" | "plain" }) {
  return await db.insert(noteCard).values({ id, title, body, layout, updatedAt: new Date() }).returning();
}

export async function getNoteCardById({ id }: { id: string }) {
  const [card] = await db.select().from(noteCard).where(eq(noteCard.id, id)).orderBy(desc(noteCard.updatedAt));
  return card;
}

export async function seedCardTemplates() {
  await db.insert(cardTemplate).values({ id: crypto.randomUUID(), layout: "memo", body: "To: the team\nSubject: weekly status" });
}

export async function getCardTemplate(layout: "bullets" | "memo" | "plain") {
  const [template] = await db.select().from(cardTemplate).where(eq(cardTemplate.layout, layout));
  return template;
}
