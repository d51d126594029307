#!/usr/bin/env node
// The GitHub Action's step (action.yml runs it with the inputs as INPUT_* variables): runs
// llmsafe once over `paths` with SARIF output, keeps the findings a pull request's changed lines
// touch (changed-only), prints them as annotations, appends a summary to $GITHUB_STEP_SUMMARY,
// sets the `findings` and `sarif-file` outputs, and exits 1 on findings at or above `fail-on`
// (2 when llmsafe or the action itself cannot run). Plain Node, no dependencies (docs/action.md).
//
// Environment: INPUT_PATHS, INPUT_CONFIG, INPUT_FAIL_ON, INPUT_SARIF, INPUT_CHANGED_ONLY,
// INPUT_BASE, INPUT_ARGS; GitHub's GITHUB_WORKSPACE, GITHUB_EVENT_PATH, GITHUB_BASE_REF,
// GITHUB_OUTPUT, GITHUB_STEP_SUMMARY, RUNNER_TEMP. LLMSAFE_BIN: the llmsafe to run (a JavaScript
// file run with this Node), default bin/llmsafe.js of the action's own built checkout.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { appendFileSync, existsSync, mkdtempSync, realpathSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { annotation, escapeData } from "./annotations.mjs";
import { ActionError, changedLines, resolveBase } from "./changed-lines.mjs";
import { FAIL_ON, failing, readSarif, touchedByChange } from "./findings.mjs";
import { summaryMarkdown } from "./summary.mjs";

const ACTION_ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");

/** Splits `args` like a shell does words (quotes, backslashes), without running a shell. */
export function splitArgs(s) {
  const words = [];
  let word = null;
  let quote = null;
  for (let i = 0; i < s.length; i++) {
    const ch = s[i];
    if (quote) {
      if (ch === quote) quote = null;
      else if (ch === "\\" && quote === '"' && /["\\$`]/.test(s[i + 1] ?? "")) word += s[++i];
      else word += ch;
    } else if (/\s/.test(ch)) {
      if (word !== null) words.push(word);
      word = null;
    } else {
      word ??= "";
      if (ch === "'" || ch === '"') quote = ch;
      else if (ch === "\\" && i + 1 < s.length) word += s[++i];
      else word += ch;
    }
  }
  if (quote) throw new ActionError(`args: unterminated ${quote} quote in ${JSON.stringify(s)}`);
  if (word !== null) words.push(word);
  return words;
}

/** `paths`: one per line, or separated by spaces on a single line. */
export function splitPaths(s) {
  const text = s.trim();
  if (!text) return ["."];
  return text.includes("\n") ? text.split("\n").map((p) => p.trim()).filter(Boolean) : text.split(/\s+/);
}

export function readInputs(env) {
  const failOn = (env.INPUT_FAIL_ON || "warning").trim().toLowerCase();
  if (!FAIL_ON.includes(failOn)) throw new ActionError(`fail-on: expected one of ${FAIL_ON.join(", ")}, not "${env.INPUT_FAIL_ON}"`);
  const changedOnly = (env.INPUT_CHANGED_ONLY || "true").trim().toLowerCase();
  if (changedOnly !== "true" && changedOnly !== "false") throw new ActionError(`changed-only: expected true or false, not "${env.INPUT_CHANGED_ONLY}"`);
  return {
    paths: splitPaths(env.INPUT_PATHS ?? ""),
    config: (env.INPUT_CONFIG ?? "").trim(),
    failOn,
    sarif: (env.INPUT_SARIF ?? "").trim(),
    changedOnly: changedOnly === "true",
    args: splitArgs(env.INPUT_ARGS ?? ""),
  };
}

/** Prints text from the tool as plain log lines: nothing in it can act as a workflow command. */
function printInert(text) {
  if (!text) return;
  const token = randomBytes(16).toString("hex");
  process.stdout.write(`::stop-commands::${token}\n${text}${text.endsWith("\n") ? "" : "\n"}::${token}::\n`);
}

/** Runs llmsafe over the inputs' paths, SARIF to `sarifPath`; returns its exit code. */
function runLlmsafe(inputs, workspace, sarifPath, env) {
  const bin = env.LLMSAFE_BIN ? resolve(workspace, env.LLMSAFE_BIN) : join(ACTION_ROOT, "bin", "llmsafe.js");
  if (!existsSync(bin)) throw new ActionError(`llmsafe is not at ${bin}${env.LLMSAFE_BIN ? " (LLMSAFE_BIN)" : ": the action's build step did not run"}`);
  // The format and the output file come last: the action reads that SARIF, whatever `args` says.
  const argv = [bin, ...inputs.paths, ...(inputs.config ? ["--config", inputs.config] : []), ...inputs.args, "--format", "sarif", "--output-file", sarifPath];
  const r = spawnSync(process.execPath, argv, { cwd: workspace, env: { ...env, NO_COLOR: "1", FORCE_COLOR: "0" }, encoding: "utf8", maxBuffer: 1 << 30 });
  printInert(r.stdout);
  printInert(r.stderr);
  if (r.error) throw new ActionError(`could not start llmsafe: ${r.error.message}`);
  return r.status;
}

/** Appends name=value to $GITHUB_OUTPUT (the multi-line form, so no value can add another output). */
function setOutput(env, name, value) {
  if (!env.GITHUB_OUTPUT) return;
  const delimiter = `llmsafe_${randomBytes(8).toString("hex")}`;
  appendFileSync(env.GITHUB_OUTPUT, `${name}<<${delimiter}\n${value}\n${delimiter}\n`);
}

export function main(env = process.env) {
  const inputs = readInputs(env);
  // Real path: llmsafe and git report real paths (a process's cwd is one), and annotations are relative to it.
  const workspace = realpathSync(resolve(env.GITHUB_WORKSPACE || process.cwd()));
  const base = inputs.changedOnly ? resolveBase(env) : null;
  // Checked before the scan: a shallow clone without the base fails at once, with what to change.
  const change = base ? changedLines(workspace, base.ref) : null;
  const sarifPath = inputs.sarif
    ? resolve(workspace, inputs.sarif)
    : join(mkdtempSync(join(env.RUNNER_TEMP || tmpdir(), "llmsafe-")), "llmsafe.sarif");
  const status = runLlmsafe(inputs, workspace, sarifPath, env);
  if (status !== 0 && status !== 1) throw new ActionError(`llmsafe exited with ${status ?? "a signal"} (its message is above)`);
  const { findings, notices, understood } = readSarif(sarifPath);
  const all = [...findings, ...notices];
  const reported = change ? all.filter((i) => touchedByChange(i, change.byFile)) : all;
  const elsewhere = findings.length - reported.filter((i) => i.kind === "finding").length;
  for (const item of reported) process.stdout.write(`${annotation(item, workspace)}\n`);
  const scope = change ? { base: change.base, baseFrom: base.from } : {};
  if (env.GITHUB_STEP_SUMMARY) {
    appendFileSync(env.GITHUB_STEP_SUMMARY, summaryMarkdown({ reported, elsewhere, understood, scope, workspace, sarifFile: inputs.sarif }) + "\n");
  }
  const reportedFindings = reported.filter((i) => i.kind === "finding").length;
  setOutput(env, "findings", String(reportedFindings));
  setOutput(env, "sarif-file", inputs.sarif ? sarifPath : "");
  const failures = failing(reported, inputs.failOn);
  const where = change ? "on the changed lines" : "";
  process.stdout.write(`llmsafe: ${reportedFindings} finding${reportedFindings === 1 ? "" : "s"}${where ? ` ${where}` : ""}${elsewhere ? ` (${elsewhere} elsewhere)` : ""}${understood ? `; ${understood}` : ""}\n`);
  if (failures.length) {
    process.stdout.write(`llmsafe: failing: ${failures.length} at or above fail-on: ${inputs.failOn}\n`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  try {
    process.exitCode = main();
  } catch (e) {
    const message = e instanceof ActionError ? e.message : `internal error: ${e?.stack ?? e}`;
    process.stdout.write(`::error title=llmsafe::${escapeData(message)}\n`);
    process.exitCode = 2;
  }
}
