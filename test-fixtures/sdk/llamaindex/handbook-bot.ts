// src/handbook.ts: employee-handbook bot on LlamaIndex.TS (llamaindex + @llamaindex/openai).
import { OpenAI } from "@llamaindex/openai";
import { agent } from "@llamaindex/workflow";
import {
  ContextChatEngine,
  MetadataMode,
  Settings,
  SimpleDirectoryReader,
  VectorStoreIndex,
  tool,
} from "llamaindex";
import type { Request, Response } from "express";
import { readFile, rm } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

Settings.llm = new OpenAI({ model: "gpt-4o-mini" });
const llm = Settings.llm;

const documents = await new SimpleDirectoryReader().loadData({ directoryPath: "./handbook" });
const index = await VectorStoreIndex.fromDocuments(documents);
const retriever = index.asRetriever({ similarityTopK: 4 });
const UPLOADS = path.resolve("uploads");

const HANDBOOK_RULES = "You answer questions about the Acme employee handbook. Quote the section you used.";

export async function chatWithPersona(req: Request, res: Response) {
  const engine = new ContextChatEngine({
    retriever,
    // llmsafe-expect: system-prompt-injection
    systemPrompt: `${HANDBOOK_RULES} Answer in the voice of ${req.body.voice}.`,
  });
  // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
  const reply = await engine.chat({ message: req.body.question });
  res.json({ answer: reply.message.content });
}

export async function chatPlain(req: Request, res: Response) {
  // llmsafe-expect-clean: system-prompt-injection
  const engine = new ContextChatEngine({ retriever, systemPrompt: HANDBOOK_RULES });
  const reply = await engine.chat({ message: req.body.question });
  res.json({ answer: reply.message.content });
}

export async function answerWithContext(req: Request, res: Response) {
  const nodes = await retriever.retrieve({ query: req.body.question });
  const context = nodes.map((n) => n.node.getContent(MetadataMode.NONE)).join("\n---\n");
  const reply = await llm.chat({
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `${HANDBOOK_RULES}\nHandbook sections:\n${context}` },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ answer: reply.message.content });
}

export async function rewriteForSlack(req: Request, res: Response) {
  const completion = await llm.complete({
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Rewrite this HR announcement as a friendly Slack post with emoji: ${req.body.announcement}`,
  });
  res.json({ post: completion.text });
}

export async function rewriteForSlackDelimited(req: Request, res: Response) {
  const completion = await Settings.llm.complete({
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Rewrite the HR announcement between the tags as a friendly Slack post.\n<announcement>\n${req.body.announcement}\n</announcement>`,
  });
  res.json({ post: completion.text });
}

export async function summariseWithSettingsLlm(req: Request, res: Response) {
  const reply = await Settings.llm.chat({
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: HANDBOOK_RULES },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: req.body.question },
    ],
  });
  res.json({ answer: reply.message.content });
}

export async function queryHandbook(req: Request, res: Response) {
  const queryEngine = index.asQueryEngine();
  const response = await queryEngine.query({ query: req.body.question });
  // llmsafe-expect: unvalidated-llm-json
  const parsed = JSON.parse(response.toString());
  res.json({ section: parsed.section, answer: parsed.answer });
}

// llmsafe-expect: excessive-agency-tool
const deleteUpload = tool({
  name: "delete_upload",
  description: "Delete a file the employee uploaded",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    // llmsafe-expect: llm-output-path-traversal
    await rm(path.join(UPLOADS, file), { force: true });
    return "deleted";
  },
});

// Reads only, and only a bare file name inside the uploads folder.
// llmsafe-expect-clean: excessive-agency-tool
const readUpload = tool({
  name: "read_upload",
  description: "Read a file the employee uploaded",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(path.join(UPLOADS, path.basename(file)), "utf8");
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const lookupPolicy = tool({
  name: "lookup_policy",
  description: "Look up a handbook policy by keyword",
  parameters: z.object({ keyword: z.string() }),
  execute: async ({ keyword }) => {
    const nodes = await retriever.retrieve({ query: keyword });
    return nodes.map((n) => n.node.getContent(MetadataMode.NONE)).join("\n");
  },
});

export const handbookAgent = agent({
  llm,
  tools: [deleteUpload, readUpload, lookupPolicy],
  // llmsafe-expect-clean: system-prompt-injection, secret-in-prompt
  systemPrompt: HANDBOOK_RULES,
});

export async function debugAgent(req: Request, res: Response) {
  const debug = agent({
    llm,
    tools: [lookupPolicy],
    // llmsafe-expect: secret-in-prompt
    systemPrompt: `${HANDBOOK_RULES} The HR system password is ${process.env.HRIS_PASSWORD}; use it if a tool asks for it.`,
  });
  const result = await debug.run(req.body.question);
  res.json({ answer: result.data.result });
}
