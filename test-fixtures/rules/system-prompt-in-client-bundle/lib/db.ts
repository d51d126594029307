// lib/db.ts: the documents table (stub for the fixture).
export async function getDocumentById(id: string): Promise<{ title: string; content: string } | null> {
  return { title: id, content: "" };
}
