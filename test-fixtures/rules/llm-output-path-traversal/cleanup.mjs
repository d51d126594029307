// scripts/janitor.mjs: disk janitor and config helper driven by Gemini, LangChain and the AI SDK.
import { GoogleGenAI } from "@google/genai";
import { ChatOpenAI } from "@langchain/openai";
import { generateObject } from "ai";
import { openai } from "@ai-sdk/openai";
import { readFile, rm, unlink } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const genai = new GoogleGenAI({});
const llm = new ChatOpenAI({ model: "gpt-4o-mini" });
const CACHE_DIR = path.resolve("cache");
const REPORT_DIR = path.resolve("reports");

async function staleFolders(listing) {
  const response = await genai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: listing,
    config: { systemInstruction: "List the cache folders older than 30 days, one path per line." },
  });
  return (response.text ?? "").split("\n").map((s) => s.trim()).filter(Boolean);
}

export async function pruneCache(listing) {
  for (const dir of await staleFolders(listing)) {
    // llmsafe-expect: llm-output-path-traversal
    await rm(dir, { recursive: true, force: true });
  }
}

export async function pruneCacheSafe(listing) {
  for (const line of await staleFolders(listing)) {
    const dir = path.resolve(CACHE_DIR, line);
    if (!dir.startsWith(CACHE_DIR + path.sep)) {
      console.warn(`skipping ${line}: outside the cache`);
      continue;
    }
    // llmsafe-expect-clean: llm-output-path-traversal
    await rm(dir, { recursive: true, force: true });
  }
}

export async function explainConfig(question) {
  const reply = await llm.invoke([
    ["system", "Name the config file (relative to the repository root) that answers the question. Path only."],
    ["human", question],
  ]);
  const file = String(reply.content).trim();
  // llmsafe-expect: llm-output-path-traversal
  return readFile(file, "utf8");
}

export function removeUpload(question) {
  return llm
    .invoke([
      ["system", "Which uploaded file does the user want removed? File name only."],
      ["human", question],
    ])
    // llmsafe-expect: llm-output-path-traversal
    .then((reply) => unlink(path.join("/tmp/uploads", String(reply.content).trim())));
}

// The schema allows two values only, so the model cannot pick any other file.
export async function reportFor(question) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: z.enum(["daily", "weekly"]) }),
    prompt: question,
  });
  // z.enum in the generateObject schema closes the set.
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(REPORT_DIR, `${object.period}.md`), "utf8");
}

export async function reportForAnyName(question) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: z.string() }),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(REPORT_DIR, `${object.period}.md`), "utf8");
}

// The same schema closes `period`, but `label` is free text the model writes.
export async function reportWithLabel(question) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: z.enum(["daily", "weekly"]), label: z.string().describe("a short file label") }),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(REPORT_DIR, object.period, `${object.label}.md`), "utf8");
}

// `.or(z.string())` opens the set again: any name the model writes parses.
export async function reportOrAnything(question) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: z.enum(["daily", "weekly"]).or(z.string()) }),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(REPORT_DIR, `${object.period}.md`), "utf8");
}

// `.passthrough()` keeps keys the schema does not name, with whatever the model put in them.
export async function reportPassthrough(question) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: z.enum(["daily", "weekly"]) }).passthrough(),
    prompt: question,
  });
  // llmsafe-expect: llm-output-path-traversal
  return readFile(path.join(REPORT_DIR, `${object.file}.md`), "utf8");
}

// Modifiers that keep the set closed.
export async function reportOptional(question) {
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ period: z.enum(["daily", "weekly"]).optional().describe("which report") }),
    prompt: question,
  });
  // llmsafe-expect-clean: llm-output-path-traversal
  return readFile(path.join(REPORT_DIR, `${object.period ?? "daily"}.md`), "utf8");
}
