// lib/agent/docs-tools.ts: documentation assistant that reads files under a docs root, checking
// containment with path.relative() (AI SDK tools).
import { tool } from "ai";
import fs from "node:fs";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { WORKSPACE } from "../../lookalikes/lib/workspace-fs";

const DOCS_ROOT = "/srv/app/docs";
const SNIPPETS = "snippets";

// ---- checked with path.relative(), safe -------------------------------------------------

// A join of an absolute base is already normalised: the check sees the path that is read.
export const readDoc = tool({
  description: "Read a documentation page",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.join(DOCS_ROOT, file);
    const rel = path.relative(DOCS_ROOT, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside the docs");
    // llmsafe-expect-clean: llm-output-path-traversal
    return fs.readFileSync(full, "utf8");
  },
});

// `=== ".."` covers the root's parent, which `startsWith(".." + path.sep)` lets through.
export const readWorkspaceFile = tool({
  description: "Read a file from the workspace",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.join(WORKSPACE, file);
    const rel = path.relative(WORKSPACE, full);
    if (rel === ".." || rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) throw new Error("outside the workspace");
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

// A relative root, joined and checked against the same root: both resolve against the same cwd.
export const readSnippet = tool({
  description: "Read a code snippet",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const full = path.join(SNIPPETS, name);
    const rel = path.relative(SNIPPETS, full);
    if (rel !== ".." && !rel.startsWith(`..${path.sep}`)) {
      // llmsafe-expect-clean: llm-output-path-traversal
      return readFile(full, "utf8");
    }
    return "outside the snippets folder";
  },
});

export const readBundled = tool({
  description: "Read a file shipped with the app",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.normalize(path.join(__dirname, "bundled", file));
    const rel = path.relative(path.join(__dirname, "bundled"), full);
    if (rel.startsWith("..")) return "not a bundled file";
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

// ---- checked with path.relative(), still escapes ----------------------------------------

// Without `=== ".."`, the docs root's parent ("/srv/app") passes.
export const readDocSepOnly = tool({
  description: "Read a documentation page",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.join(DOCS_ROOT, file);
    const rel = path.relative(DOCS_ROOT, full);
    if (rel.startsWith(".." + path.sep) || path.isAbsolute(rel)) throw new Error("outside the docs");
    // llmsafe-expect: llm-output-path-traversal
    return fs.readFileSync(full, "utf8");
  },
});

// Both must hold to refuse: `&&` never does.
export const readDocBothRequired = tool({
  description: "Read a documentation page",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.join(DOCS_ROOT, file);
    const rel = path.relative(DOCS_ROOT, full);
    if (rel === ".." && rel.startsWith(".." + path.sep)) throw new Error("outside the docs");
    // llmsafe-expect: llm-output-path-traversal
    return fs.readFileSync(full, "utf8");
  },
});

// normalize() keeps a leading "../": checked from the cwd, then joined under the root.
export const readNormalizedRejoined = tool({
  description: "Read a documentation page",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const clean = path.normalize(file);
    const rel = path.relative(DOCS_ROOT, clean);
    if (rel.startsWith("..")) throw new Error("outside the docs");
    // llmsafe-expect: llm-output-path-traversal
    return readFile(path.join(DOCS_ROOT, clean), "utf8");
  },
});

// Joined under one relative folder, checked against another.
export const readSnippetOtherRoot = tool({
  description: "Read a code snippet",
  inputSchema: z.object({ name: z.string() }),
  execute: async ({ name }) => {
    const full = path.join(SNIPPETS, name);
    const rel = path.relative("examples", full);
    if (rel.startsWith("..")) return "outside the examples";
    // llmsafe-expect: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

// The root is the model's choice too: inside it proves nothing.
export const readUnderChosenRoot = tool({
  description: "Read a file from a project",
  inputSchema: z.object({ project: z.string(), file: z.string() }),
  execute: async ({ project, file }) => {
    const full = path.resolve(project, file);
    const rel = path.relative(project, full);
    if (rel.startsWith("..") || path.isAbsolute(rel)) throw new Error("outside the project");
    // llmsafe-expect: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

// ---- the check written inline --------------------------------------------------------------

// path.relative() called in the condition itself, on a resolved path: safe.
export const readDocInline = tool({
  description: "Read a documentation page",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.resolve(DOCS_ROOT, file);
    if (path.relative(DOCS_ROOT, full).startsWith("..")) throw new Error("outside the docs");
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

// The same inline check on the raw name: "../x" can look inside from one cwd and be outside the root.
export const readDocInlineRaw = tool({
  description: "Read a documentation page",
  inputSchema: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    if (path.relative(DOCS_ROOT, file).startsWith("..")) throw new Error("outside the docs");
    // llmsafe-expect: llm-output-path-traversal
    return readFile(path.join(DOCS_ROOT, file), "utf8");
  },
});
