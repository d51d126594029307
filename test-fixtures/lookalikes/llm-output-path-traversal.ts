// lookalikes/llm-output-path-traversal.ts: file tools of a writing assistant (AI SDK tools; every
// tool that writes asks the user first).
import { tool } from "ai";
import { randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { readContained, readFromWorkspace, WORKSPACE } from "./lib/workspace-fs";

const TEMPLATES_DIR = path.resolve("templates");
const TEMPLATE_FILES = new Set(["invoice.md", "letter.md", "memo.md"]);

// ---- look dangerous, are safe -------------------------------------------------------------

export const readTemplate = tool({
  description: "Read one of the document templates",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    if (!TEMPLATE_FILES.has(name)) return "unknown template";
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(path.join(TEMPLATES_DIR, name), "utf8");
  },
});

export const readRelativeChecked = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.resolve(WORKSPACE, file);
    const rel = path.relative(WORKSPACE, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return "outside the workspace";
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

export const readViaContainedHelper = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  // llmsafe-expect-clean: llm-output-path-traversal
  execute: async ({ file }) => readContained(file),
});

export const saveExport = tool({
  description: "Export the document; returns the generated file name",
  inputSchema: z.object({ content: z.string(), title: z.string() }),
  needsApproval: true,
  execute: async ({ content, title }) => {
    const file = path.join(WORKSPACE, "exports", `${randomUUID()}.md`);
    // llmsafe-expect-clean: llm-output-path-traversal
    await writeFile(file, `# ${title}\n\n${content}`, "utf8");
    return path.basename(file);
  },
});

// ---- look safe, are dangerous -------------------------------------------------------------

export const readNormalized = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const rel = path.normalize(file);
    // "/etc/passwd" does not start with "..", and resolve() lets an absolute path win.
    if (rel.startsWith("..")) return "outside the workspace";
    // llmsafe-expect: llm-output-path-traversal
    return readFile(path.resolve(WORKSPACE, rel), "utf8");
  },
});

export const readRelativeCheckedRawRead = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.resolve(WORKSPACE, file);
    const rel = path.relative(WORKSPACE, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return "outside the workspace";
    // The resolved path was checked, but the raw one is read (relative to the process's cwd).
    // llmsafe-expect: llm-output-path-traversal
    return readFile(file, "utf8");
  },
});

export const readSlashChecked = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.resolve(WORKSPACE, file);
    const rel = path.relative(WORKSPACE, full);
    // "../" misses the workspace's parent itself: path.relative gives exactly "..".
    if (rel.startsWith("../") || path.isAbsolute(rel)) return "outside the workspace";
    // llmsafe-expect: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

export const readRawRelativeChecked = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    // path.relative resolves the raw name against the process's cwd, not against WORKSPACE.
    const rel = path.relative(WORKSPACE, file);
    if (rel.startsWith("..") || path.isAbsolute(rel)) return "outside the workspace";
    // llmsafe-expect: llm-output-path-traversal
    return readFile(path.join(WORKSPACE, file), "utf8");
  },
});

export const readStripped = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    // A single replace turns "....//" into "../".
    const cleaned = file.replace("../", "");
    // llmsafe-expect: llm-output-path-traversal
    return readFile(`${WORKSPACE}/${cleaned}`, "utf8");
  },
});

export const readViaHelper = tool({
  description: "Read a document from the workspace",
  inputSchema: z.object({ file: z.string() }),
  // llmsafe-expect: llm-output-path-traversal
  execute: async ({ file }) => readFromWorkspace(file),
});

export const appendLog = tool({
  description: "Append a line to a project log",
  inputSchema: z.object({ project: z.string(), line: z.string() }),
  needsApproval: true,
  execute: async (input) => {
    const { project: projectName, line } = input;
    // llmsafe-expect: llm-output-path-traversal
    const out = createWriteStream(path.join(WORKSPACE, "logs", `${projectName.toString().trim()}.log`), { flags: "a" });
    out.end(`${line}\n`);
    return "ok";
  },
});
