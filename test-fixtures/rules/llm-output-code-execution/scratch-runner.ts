// src/agent/scratch-runner.ts: the analyst agent writes throwaway scripts into a scratch folder and runs them.
import { generateText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import { execFile, execFileSync, fork, spawn, spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { Worker } from "node:worker_threads";

const RENDERER = path.join(__dirname, "render-report.js");
const PYTHON = process.env.PYTHON_BIN ?? "python3";

async function writeCode(task: string, language: string): Promise<string> {
  const { text } = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    system: `You write ${language}. Output the code only, no fences.`,
    prompt: task,
  });
  return text;
}

export async function runAnalysis(task: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "analyst-"));
  const code = await writeCode(task, "JavaScript");

  const file = path.join(dir, "main.mjs");
  writeFileSync(file, code, "utf8");
  // llmsafe-expect: llm-output-code-execution
  const child = spawn(process.execPath, [file], { cwd: dir, stdio: "pipe" });

  const script = path.join(dir, "analysis.py");
  await writeFile(script, await writeCode(task, "Python"));
  // llmsafe-expect: llm-output-code-execution
  execFile(PYTHON, ["-u", script], { cwd: dir }, () => undefined);

  const workerFile = path.join(dir, "worker.js");
  writeFileSync(workerFile, code);
  // llmsafe-expect: llm-output-code-execution
  const worker = new Worker(workerFile);

  const cleanup = path.join(dir, "cleanup.sh");
  writeFileSync(cleanup, await writeCode(task, "bash"), { mode: 0o755 });
  // llmsafe-expect: llm-output-command-injection
  spawnSync("bash", [cleanup], { stdio: "inherit" });

  // llmsafe-expect: llm-output-code-execution
  fork(file, [], { cwd: dir });

  // llmsafe-expect: llm-output-code-execution
  execFileSync("node", ["--input-type=module", "-e", code]);

  // llmsafe-expect: llm-output-code-execution
  spawnSync(PYTHON, ["-c", await writeCode(task, "Python")]);

  return { child, worker };
}

// ---- model text in files that are not run, and runs of files the model did not write ----------

export async function renderReport(task: string) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "report-"));
  const summary = await writeCode(task, "Markdown");

  const dataFile = path.join(dir, "summary.md");
  writeFileSync(dataFile, summary);
  // The script is ours; the model's text is its input file.
  // llmsafe-expect-clean: llm-output-code-execution
  spawnSync(process.execPath, [RENDERER, dataFile], { stdio: "inherit" });

  // pandoc converts the file; it runs nothing in it.
  // llmsafe-expect-clean: llm-output-code-execution, llm-output-command-injection
  execFileSync("pandoc", [dataFile, "-o", path.join(dir, "summary.pdf")]);

  const notes = path.join(dir, "notes.js");
  writeFileSync(notes, `export const generatedAt = ${JSON.stringify(new Date().toISOString())};\n`);
  // llmsafe-expect-clean: llm-output-code-execution
  fork(notes);

  // Python reads the model's text as data from stdin; the script is a constant.
  // llmsafe-expect-clean: llm-output-code-execution
  spawnSync(PYTHON, ["-c", "import sys; print(len(sys.stdin.read()))"], { input: summary });
}
