// app/api/notes/tools.ts: note-taking assistant with a per-user workspace folder (AI SDK v5 tools).
import { generateText, stepCountIs, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { randomUUID } from "node:crypto";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const WORKSPACE = path.resolve(process.env.WORKSPACE_DIR ?? "./workspace");
const LOG_DIR = path.resolve("logs");

export const readNote = tool({
  description: "Read a note from the workspace",
  inputSchema: z.object({ file: z.string().describe("path relative to the workspace") }),
  execute: async ({ file }) => {
    // llmsafe-expect: llm-output-path-traversal
    return readFile(path.join(WORKSPACE, file), "utf8");
  },
});

export const readNoteSafe = tool({
  description: "Read a note from the workspace",
  inputSchema: z.object({ file: z.string().describe("path relative to the workspace") }),
  execute: async ({ file }) => {
    const full = path.resolve(WORKSPACE, file);
    if (!full.startsWith(WORKSPACE + path.sep)) throw new Error("path escapes the workspace");
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

// startsWith(root) without the separator also accepts the sibling folder "logs-archive/".
export const readLog = tool({
  description: "Read one of the application log files",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const full = path.resolve(LOG_DIR, name);
    if (!full.startsWith(LOG_DIR)) throw new Error("outside the log folder");
    // llmsafe-expect: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

export const readAttachment = tool({
  description: "Read an attachment by file name",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    const data = await readFile(path.join(WORKSPACE, "attachments", path.basename(name)));
    return data.toString("base64");
  },
});

export const listNotes = tool({
  description: "List notes whose file name contains a word",
  inputSchema: z.object({ contains: z.string() }),
  execute: async ({ contains }) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    const names = await readdir(WORKSPACE);
    return names.filter((n) => n.toLowerCase().includes(contains.toLowerCase()));
  },
});

export const saveNote = tool({
  description: "Create or overwrite a note in the workspace",
  inputSchema: z.object({ file: z.string(), content: z.string() }),
  needsApproval: true,
  execute: async ({ file, content }) => {
    const target = `${WORKSPACE}/${file}`;
    // llmsafe-expect: llm-output-path-traversal
    await writeFile(target, content, "utf8");
    return `saved ${file}`;
  },
});

// Writes only inside the workspace, under a name the model does not choose.
// llmsafe-expect-clean: excessive-agency-tool
export const saveDraft = tool({
  description: "Save a draft reply for later",
  inputSchema: z.object({ text: z.string() }),
  execute: async ({ text }) => {
    const file = path.join(WORKSPACE, "drafts", `${randomUUID()}.md`);
    // llmsafe-expect-clean: llm-output-path-traversal
    await writeFile(file, text, "utf8");
    return { file: path.relative(WORKSPACE, file) };
  },
});

export async function notesChat(question: string) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    system: "You manage the user's notes.",
    prompt: question,
    tools: { readNote, readNoteSafe, readLog, readAttachment, listNotes, saveNote, saveDraft },
    stopWhen: stepCountIs(6),
  });
  return text;
}
