// lib/db/queries.ts: every read and write of the drafts database goes through here.
import { desc, eq } from "drizzle-orm";
import { drizzle } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import { draft, releaseNote, styleGuide } from "./schema";

const client = postgres(process.env.POSTGRES_URL ?? "");
const db = drizzle(client);

export async function saveDraft({ id, title, body }: { id: string; title: string; body: string }) {
  return await db.insert(draft).values({ id, title, body, createdAt: new Date() }).returning();
}

export async function getDraftById({ id }: { id: string }) {
  const [selected] = await db.select().from(draft).where(eq(draft.id, id)).orderBy(desc(draft.createdAt));
  return selected;
}

export async function saveReleaseNote(summary: string) {
  await db.insert(releaseNote).values({ id: crypto.randomUUID(), summary });
}

export async function latestReleaseNote() {
  const [note] = await db.select().from(releaseNote).limit(1);
  return note;
}

export async function seedStyleGuide() {
  await db.insert(styleGuide).values({ id: crypto.randomUUID(), rules: "Use sentence case. Keep paragraphs short." });
}

export async function currentStyleGuide() {
  const [guide] = await db.select().from(styleGuide);
  return guide;
}
