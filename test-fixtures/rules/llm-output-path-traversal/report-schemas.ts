// lib/reports.ts: picks a report template with structured output; the schemas carry several
// modifiers each (AI SDK generateObject, OpenAI chat completions).
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import OpenAI from "openai";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const client = new OpenAI();
const TEMPLATES = path.resolve("report-templates");

const Period = z.enum(["daily", "weekly", "monthly"]);
const PeriodField = Period.optional().nullable().describe("which report").readonly();

// ---- modifiers that keep the schema closed, however many -------------------------------

export async function templateStrict(question: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: Period }).strict().describe("the report to open").readonly(),
    prompt: question,
  });
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${object.period}.md`), "utf8");
}

export async function templateOptionalObject(question: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: Period }).strict().optional().describe("the report to open"),
    prompt: question,
  });
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${object?.period ?? "daily"}.md`), "utf8");
}

export async function templateFieldModifiers(question: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: PeriodField, copies: z.number().int().positive().max(5).describe("how many") }),
    prompt: question,
  });
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${object.period ?? "daily"}-${object.copies}.md`), "utf8");
}

export async function templateFromChat(question: string) {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: 'Reply with one JSON string: "daily", "weekly" or "monthly".' },
      { role: "user", content: question },
    ],
  });
  const period = PeriodField.parse(JSON.parse(res.choices[0].message.content ?? "null"));
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${period ?? "daily"}.md`), "utf8");
}

// ---- a modifier in the chain opens it again --------------------------------------------

// `.passthrough()` after the others keeps keys the schema does not name.
export async function templatePassthrough(question: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: Period }).strict().describe("the report to open").passthrough(),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${object.template}.md`), "utf8");
}

// `.catchall()` accepts any other key with a string in it.
export async function templateCatchall(question: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: Period }).describe("the report to open").readonly().catchall(z.string()),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${object.template}.md`), "utf8");
}

// `.or(z.string())` at the end of a closed chain accepts any name.
export async function templateOrAnything(question: string) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: Period.optional().describe("which report").nullable().or(z.string()) }),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${object.period}.md`), "utf8");
}

export async function templateTransformed(question: string) {
  const res = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
  });
  const period = Period.optional().describe("which report").readonly().transform((p) => p).parse(JSON.parse(res.choices[0].message.content ?? "null"));
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(TEMPLATES, `${period}.md`), "utf8");
}
