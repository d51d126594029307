// A second file calling the same helper: the editor shows each file's own calls, so this file
// has its own finding (at its first call); the CLI report, which sees the whole run, folds it
// into the first file's finding as related locations.
import OpenAI from "openai";
import { runReport } from "./lib/warehouse";

const openai = new OpenAI();

export async function tileQuery(tileTitle: string) {
  const r = await openai.responses.create({
    model: "gpt-4o-mini",
    instructions: "Write one SQL SELECT for this dashboard tile. SQL only.",
    input: tileTitle,
  });
  return r.output_text;
}

export async function refreshTile(tileTitle: string) {
  const sql = await tileQuery(tileTitle);
  // llmsafe-expect: llm-output-sql-injection
  const rows = await runReport(sql);
  return { tileTitle, rows };
}

export async function previewTile(tileTitle: string) {
  const sql = await tileQuery(tileTitle);
  // llmsafe-expect-also: llm-output-sql-injection
  return (await runReport(`${sql} LIMIT 5`)).length;
}
