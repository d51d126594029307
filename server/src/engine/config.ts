// .llmsaferc.json: validated with zod, found by walking up from the file, never executed.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { z } from "zod";
import { ModelRowSchema } from "./model";
import type { SeveritySetting } from "./types";

export const CONFIG_FILE = ".llmsaferc.json";

export function configSchema(ruleIds: readonly string[]) {
  const severity = z.enum(["off", "error", "warning", "warn", "info"]);
  const ruleKey = z.string().refine((k) => ruleIds.includes(k), { message: "unknown rule id" });
  return z.object({
    $schema: z.string().optional(),
    /** Severity per rule id, or "off". */
    rules: z.record(ruleKey, severity).optional(),
    /** Glob patterns (relative to the config file) of files not to analyse. */
    ignore: z.array(z.string().min(1)).optional(),
    /** Extra sources, sinks, sanitizers and propagators for your own helpers. */
    models: z.array(ModelRowSchema).optional(),
    /** Files larger than this many bytes are skipped with a notice. */
    maxFileSize: z.number().int().positive().optional(),
    /** Per-file analysis budget in milliseconds; analysis stops (and says so) past it. */
    timeBudgetMs: z.number().int().positive().optional(),
  }).strict();
}

export type ConfigFile = z.infer<ReturnType<typeof configSchema>>;

export interface ResolvedConfig {
  /** Where it came from (null: defaults). */
  path: string | null;
  rules: Record<string, SeveritySetting>;
  ignore: string[];
  /** Directory the ignore globs are relative to. */
  baseDir: string | null;
  models: ConfigFile["models"];
  maxFileSize: number;
  timeBudgetMs: number;
}

export const DEFAULTS = { maxFileSize: 2_000_000, timeBudgetMs: 3_000 };

export class ConfigError extends Error {
  constructor(readonly path: string, readonly problems: { keyPath: string; message: string }[]) {
    super(`${path}: ${problems.map((p) => `${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("; ")}`);
  }
}

export function defaultConfig(): ResolvedConfig {
  return { path: null, rules: {}, ignore: [], baseDir: null, models: [], ...DEFAULTS };
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/** Parses and validates config text; throws ConfigError naming each bad key. */
export function parseConfig(text: string, path: string, ruleIds: readonly string[]): ResolvedConfig {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch (e) {
    throw new ConfigError(path, [{ keyPath: "", message: `not valid JSON (${(e as Error).message})` }]);
  }
  const parsed = configSchema(ruleIds).safeParse(raw);
  if (!parsed.success) {
    throw new ConfigError(path, parsed.error.issues.map((i) => ({
      keyPath: keyPath(i.code === "unrecognized_keys" ? [...i.path, ...(i as { keys?: string[] }).keys!.slice(0, 1)] : i.path),
      message: i.code === "unrecognized_keys" ? `unknown key` : i.code === "invalid_key" ? `unknown rule id (see llmsafe --list-rules)` : i.message,
    })));
  }
  const c = parsed.data;
  const rules: Record<string, SeveritySetting> = {};
  for (const [k, v] of Object.entries(c.rules ?? {})) rules[k] = v === "warn" ? "warning" : v;
  return {
    path, rules, ignore: c.ignore ?? [], baseDir: dirname(path), models: c.models ?? [],
    maxFileSize: c.maxFileSize ?? DEFAULTS.maxFileSize, timeBudgetMs: c.timeBudgetMs ?? DEFAULTS.timeBudgetMs,
  };
}

/** The nearest .llmsaferc.json at or above `dir` (stopping at the filesystem root). */
export function findConfigFile(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    const candidate = join(d, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

export function loadConfigFile(path: string, ruleIds: readonly string[]): ResolvedConfig {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (e) {
    throw new ConfigError(path, [{ keyPath: "", message: `cannot read (${(e as Error).message})` }]);
  }
  return parseConfig(text, path, ruleIds);
}

/** JSON Schema for editors, generated from the same zod schema. */
export function configJsonSchema(ruleIds: readonly string[]): unknown {
  const severity = { enum: ["off", "error", "warning", "warn", "info"] };
  const schema = z.toJSONSchema(configSchema(ruleIds), { unrepresentable: "any" }) as Record<string, unknown>;
  const props = (schema.properties ?? {}) as Record<string, Record<string, unknown>>;
  // refine() cannot be expressed in JSON Schema: list the rule ids explicitly for completion.
  props.rules = { type: "object", description: "Severity per rule id, or \"off\".", properties: Object.fromEntries(ruleIds.map((id) => [id, severity])), additionalProperties: false };
  // zod emits draft 2020-12; say so, rather than claiming draft-07.
  return { ...schema, title: "llmsafe configuration (.llmsaferc.json)" };
}
