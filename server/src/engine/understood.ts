// What llmsafe understood of a project: the LLM calls (by SDK), tools and request handlers it
// recognised, the files the prefilter left to the key scan, and the LLM SDK packages imported
// that no model describes. A run with no findings means something only next to this: "0
// findings, 14 LLM calls understood" is not "0 findings, the SDK in use is not modelled".
// Per file in FileResult.understood (project.ts), summed up here for the CLI and the editor.
import type { Model, ModelRow } from "./model";
import { expandBraces } from "./relevance";
import type { FileResult, FileUnderstanding, UnderstoodItem } from "./types";

/** `*` in a package pattern: the rest of one name segment; `**`: anything. */
function packageRegex(pattern: string): string {
  return pattern.split("**").map((p) => p.split("*").map((s) => s.replace(/[.+?^${}()|[\]\\/]/g, "\\$&")).join("[^/]*")).join(".*");
}

/** The package part of a module pattern ("@anthropic-ai/sdk/helpers/**" -> "@anthropic-ai/sdk"). */
function packageOf(module: string): string {
  const parts = module.split("/");
  return parts.slice(0, module.startsWith("@") ? 2 : 1).join("/");
}

/**
 * Which of a file's imported packages are LLM SDKs no model describes: `llmPackages` (the known
 * SDKs, server/src/models/llm-packages.ts) minus every package a model row or a configured row
 * names. Returns a function from the file's package imports to the unmodelled ones.
 */
export function unmodelledPackages(llmPackages: readonly string[], models: Model[], configured: ModelRow[]): (imports: string[]) => string[] {
  if (!llmPackages.length) return () => [];
  const known = new RegExp(`^(?:${llmPackages.map(packageRegex).join("|")})$`);
  const modules = new Set<string>();
  for (const row of [...models.flatMap((m) => m.rows), ...configured]) {
    for (const callee of Array.isArray(row.callee) ? row.callee : [row.callee]) {
      const colon = callee.indexOf(":");
      const module = colon < 0 ? "?" : callee.slice(0, colon);
      for (const alt of expandBraces(module)) if (alt !== "?" && alt !== "global" && !alt.startsWith(".") && !alt.startsWith("/")) modules.add(packageOf(alt));
    }
  }
  const modelled = modules.size ? new RegExp(`^(?:${[...modules].map(packageRegex).join("|")})$`) : /(?!)/;
  return (imports) => imports.filter((p) => known.test(p) && !modelled.test(p)).sort();
}

export interface UnderstoodSummary {
  files: number;
  llmCalls: number;
  /** LLM calls per SDK, most first. */
  byProvider: [string, number][];
  tools: number;
  handlers: number;
  /** Files only scanned for keys: no LLM API in them or in what they import. */
  prefilterSkipped: number;
  /** Unmodelled LLM SDK packages and how many files import each, most first. */
  unmodelled: [string, number][];
}

const ranked = (m: Map<string, number>): [string, number][] => [...m].filter(([, n]) => n > 0).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/** Running totals over files; a file can be taken out again (the editor re-publishes files one at a time). */
export class UnderstoodTally {
  private files = 0;
  private llmCalls = 0;
  private tools = 0;
  private handlers = 0;
  private prefilterSkipped = 0;
  private readonly byProvider = new Map<string, number>();
  private readonly unmodelled = new Map<string, number>();

  /** Adds one file (sign 1) or takes it out (sign -1). */
  add(u: FileUnderstanding | undefined, sign: 1 | -1 = 1): void {
    this.files += sign;
    if (!u) return;
    this.llmCalls += sign * u.llmCalls.length;
    for (const c of u.llmCalls) this.byProvider.set(c.kind, (this.byProvider.get(c.kind) ?? 0) + sign);
    this.tools += sign * u.tools.length;
    this.handlers += sign * u.handlers.length;
    if (u.prefilterSkipped) this.prefilterSkipped += sign;
    for (const p of u.unmodelled) this.unmodelled.set(p, (this.unmodelled.get(p) ?? 0) + sign);
  }

  summary(): UnderstoodSummary {
    return {
      files: this.files, llmCalls: this.llmCalls, byProvider: ranked(this.byProvider), tools: this.tools, handlers: this.handlers,
      prefilterSkipped: this.prefilterSkipped, unmodelled: ranked(this.unmodelled),
    };
  }
}

export function summariseUnderstanding(results: readonly FileResult[]): UnderstoodSummary {
  const tally = new UnderstoodTally();
  for (const r of results) tally.add(r.understood);
  return tally.summary();
}

const plural = (n: number, w: string) => `${n} ${w}${n === 1 ? "" : "s"}`;

/** `understood: 14 LLM calls (openai 9, anthropic 5), 6 tools, 4 request handlers; 3 of 40 files ...; not modelled: cohere-ai (3 files)`. */
export function understoodLine(s: UnderstoodSummary): string {
  let line = `understood: ${plural(s.llmCalls, "LLM call")}${s.byProvider.length ? ` (${s.byProvider.map(([p, n]) => `${p} ${n}`).join(", ")})` : ""}, ${plural(s.tools, "tool")}, ${plural(s.handlers, "request handler")}`;
  if (s.prefilterSkipped) line += `; ${s.prefilterSkipped} of ${plural(s.files, "file")} use no LLM API (key scan only)`;
  if (s.unmodelled.length) line += `; not modelled: ${s.unmodelled.map(([p, n]) => `${p} (${plural(n, "file")})`).join(", ")}`;
  return line;
}

/** Every recognised item with its place, for --debug: `llm-call openai chat.completions.create src/chat.ts:12:5`. */
export function understoodItems(results: readonly FileResult[]): { what: "llm-call" | "tool" | "handler"; item: UnderstoodItem; file: string }[] {
  const out: { what: "llm-call" | "tool" | "handler"; item: UnderstoodItem; file: string }[] = [];
  for (const r of results) {
    const u = r.understood;
    if (!u) continue;
    for (const item of u.llmCalls) out.push({ what: "llm-call", item, file: r.file });
    for (const item of u.tools) out.push({ what: "tool", item, file: r.file });
    for (const item of u.handlers) out.push({ what: "handler", item, file: r.file });
  }
  return out;
}
