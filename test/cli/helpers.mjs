// Runs the built CLI as a user would: a child process, its stdout, stderr and exit code.
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

export const REPO = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const BIN = join(REPO, "bin", "llmsafe.js");

export function llmsafe(args, { cwd = REPO, env = {}, input } = {}) {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd, input, encoding: "utf8", env: { ...process.env, NO_COLOR: "", FORCE_COLOR: "", ...env }, maxBuffer: 256 << 20,
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export function git(cwd, ...args) {
  const r = spawnSync("git", args, { cwd, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`git ${args.join(" ")}: ${r.stderr}`);
  return r.stdout;
}

/** A throwaway project: { relativePath: text }. Returns its absolute root. */
export function project(files, { gitInit = false } = {}) {
  const root = mkdtempSync(join(tmpdir(), "llmsafe-cli-"));
  writeFiles(root, files);
  if (gitInit) {
    git(root, "init", "-q", "-b", "main");
    git(root, "config", "user.email", "test@example.com");
    git(root, "config", "user.name", "test");
    git(root, "config", "commit.gpgsign", "false");
  }
  return root;
}

export function writeFiles(root, files) {
  for (const [rel, text] of Object.entries(files)) {
    const p = join(root, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, text);
  }
}

// Model output into HTML: an error with a safe fix (wrap in DOMPurify.sanitize), across two files.
export const XSS_APP = `import OpenAI from "openai";
import { render } from "./render";

const client = new OpenAI();

export async function answer(el: HTMLElement, question: string) {
  const r = await client.chat.completions.create({ model: "gpt-4o", messages: [{ role: "user", content: question }] });
  render(el, r.choices[0].message.content ?? "");
}
`;
export const RENDER = `export function render(el: HTMLElement, html: string) {
  el.innerHTML = html;
}
`;
export const CLEAN_RENDER = `export function render(el: HTMLElement, text: string) {
  el.textContent = text;
}
`;
// Gemini filters switched off: a warning with a safe fix.
export const SAFETY_OFF = `import { GoogleGenAI, HarmBlockThreshold, HarmCategory } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function story(prompt: string) {
  return ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: prompt,
    config: {
      safetySettings: [{ category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_NONE }],
    },
  });
}
`;
