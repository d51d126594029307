// The output of a lint run: the baseline (recorded, or used to hide known findings), --quiet, the
// report in the chosen format (stdout or --output-file), --debug timings, and the exit code.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { version } from "../../../package.json";
import { groupByRootCause } from "../engine/root-cause";
import type { FileResult, Finding } from "../engine/types";
import { summariseUnderstanding, understoodItems } from "../engine/understood";
import type { Timings } from "./analysis";
import { readBaseline, writeBaseline } from "./baseline";
import type { ResultCache } from "./cache";
import { fingerprintFindings } from "./fingerprint";
import { formatCompact, formatGithub, formatJson, formatStylish, summaryCounts, type FormatContext } from "./format";
import { formatHtml } from "./html-report";
import type { CliIO } from "./io";
import type { Options } from "./options";
import type { RunConfig } from "./run-config";
import { formatSarif } from "./sarif";

/** What the run found, in the order of its files, with each file's text after any fixes. */
export interface RunResults {
  byFile: Map<string, FileResult>;
  /** Fixed text by file (--fix, --fix-dry-run). */
  fixed: Map<string, string>;
}

/** Writes the report and returns the exit code. */
export function report(run: RunConfig, found: RunResults, opts: Options, io: CliIO, extra: { timings: Timings; cache: ResultCache | null }): number {
  const env = io.env ?? process.env;
  // The run sees every file: calls in several files that reach one helper's sink become one finding.
  let results = groupByRootCause(run.files.map((f) => found.byFile.get(f)).filter((r): r is FileResult => !!r));
  const textOf = (f: string) => found.fixed.get(f) ?? run.reader.read(f);
  const fingerprints = fingerprintFindings(results, run.root, textOf);
  const baselined = applyBaseline(results, fingerprints, opts, io, run.root);
  if (opts.quiet) {
    results = results.map((r) => ({ ...r, findings: r.findings.filter((f) => f.severity === "error"), notices: r.notices.filter((n) => n.severity === "error") }));
  }
  const ctx: FormatContext = { cwd: io.cwd, root: run.root, textOf, fingerprints, baselined };
  const color = !opts.outputFile && (env.FORCE_COLOR ? env.FORCE_COLOR !== "0" : io.isTTY && !env.NO_COLOR);
  writeReport(formatReport(results, ctx, opts.format, { color, baselinedCount: baselined.size }), opts, io);
  if (opts.debug) {
    const { cache } = extra;
    // Each thing the line "understood: ..." counts, where it is.
    for (const { what, item, file } of understoodItems(results)) io.stderr(`llmsafe: ${what} ${item.kind === item.api ? item.api : `${item.kind} ${item.api}`} ${relative(io.cwd, file) || file}:${item.line}:${item.column}\n`);
    for (const r of results) if (r.understood?.prefilterSkipped) io.stderr(`llmsafe: no LLM API (key scan only) ${relative(io.cwd, r.file) || r.file}\n`);
    for (const r of results) for (const p of r.understood?.unmodelled ?? []) io.stderr(`llmsafe: not modelled ${p} imported in ${relative(io.cwd, r.file) || r.file}\n`);
    io.stderr(`llmsafe: root ${run.root}, ${run.files.length} files, jobs ${opts.jobs}${cache ? `, cache ${cache.hits} hits / ${cache.misses} misses` : ""}\n`);
    for (const [what, ms] of extra.timings.marks) io.stderr(`  ${ms.toFixed(0).padStart(6)} ms  ${what}\n`);
  }
  return exitCode(results, ctx, opts);
}

/** Records the findings (--update-baseline), and returns those the baseline already knows. */
function applyBaseline(results: FileResult[], fingerprints: Map<Finding, string>, opts: Options, io: CliIO, root: string): Set<Finding> {
  if (opts.updateBaseline) {
    const path = resolve(io.cwd, opts.baseline!);
    const n = writeBaseline(path, results, fingerprints, root);
    io.stderr(`llmsafe: recorded ${n} finding${n === 1 ? "" : "s"} in ${relative(io.cwd, path) || path}\n`);
  }
  const baselined = new Set<Finding>();
  if (opts.baseline && !opts.updateBaseline) {
    const known = readBaseline(resolve(io.cwd, opts.baseline));
    for (const r of results) for (const f of r.findings) if (!f.suppressed && known.has(fingerprints.get(f)!)) baselined.add(f);
  } else if (opts.updateBaseline) for (const r of results) for (const f of r.findings) if (!f.suppressed) baselined.add(f);
  return baselined;
}

function formatReport(results: FileResult[], ctx: FormatContext, format: Options["format"], stylish: { color: boolean; baselinedCount: number }): string {
  switch (format) {
    case "json": return formatJson(results, ctx);
    case "sarif": return formatSarif(results, { ...ctx, version });
    case "html": return formatHtml(results, { ...ctx, version });
    case "github": return formatGithub(results, ctx);
    case "compact": return formatCompact(results, ctx);
    default: return formatStylish(results, { ...ctx, ...stylish });
  }
}

function writeReport(text: string, opts: Options, io: CliIO): void {
  if (opts.outputFile) {
    const out = resolve(io.cwd, opts.outputFile);
    mkdirSync(dirname(out), { recursive: true });
    writeFileSync(out, text);
  } else if (!opts.fixDryRun || opts.format === "stylish" || opts.format === "compact") {
    // With --fix-dry-run stdout is the diff; a machine-readable report would not parse after it.
    io.stdout(text);
  } else io.stderr("llmsafe: --fix-dry-run prints the diff on stdout; use --output-file for the report\n");
}

function exitCode(results: FileResult[], ctx: FormatContext, opts: Options): number {
  if (opts.updateBaseline) return 0;
  const { errors, warnings } = summaryCounts(results, ctx);
  if (errors > 0) return 1;
  if (opts.maxWarnings >= 0) return warnings > opts.maxWarnings ? 1 : 0;
  return warnings > 0 ? 1 : 0;
}
