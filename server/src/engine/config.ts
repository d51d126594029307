// .llmsaferc.json: validated with zod, found by walking up from the file, never executed.
// The nearest one at or above the project folder is the project's configuration; one in a
// folder below it (a package of a monorepo) adds rules, ignores and limits for that folder.
import { existsSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative, resolve, sep } from "node:path";
import picomatch from "picomatch";
import { z } from "zod";
import { walkFiles } from "../folder-walk";
import { ModelRowSchema } from "./model";
import type { SeveritySetting } from "./types";
import { isWithin } from "./within";

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
    /**
     * Test code (`*.test.*`, `*.spec.*`, `__tests__/`, `test/`, ...): what its findings are reported as. "off" (the
     * default) drops them, except hardcoded-api-key (a real key in a test is leaked all the same); "info" or "warning"
     * caps their severity; "same" reports them like any other file's. `files` replaces the default globs.
     */
    testCode: z.object({
      severity: z.enum(["off", "info", "warning", "same"]).optional(),
      files: z.array(z.string().min(1)).optional(),
    }).strict().optional(),
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
  testCode: TestCodePolicy;
  /** .llmsaferc.json files in folders below the project's, outermost first: each applies to its folder. */
  scoped: ScopedConfig[];
}

/** A nested .llmsaferc.json: what it changes for the files in its folder. */
export interface ScopedConfig {
  dir: string;
  path: string;
  rules: Record<string, SeveritySetting>;
  /** Globs relative to `dir`. */
  ignore: string[];
  maxFileSize?: number;
  timeBudgetMs?: number;
}

/** What applies to one file once the nested configurations on its way down are merged in. */
export interface EffectiveConfig {
  rules: Record<string, SeveritySetting>;
  maxFileSize: number;
  timeBudgetMs: number;
  /** The configuration files that apply, project's first. */
  files: string[];
}

/** How findings in test code are reported, and which files are test code (globs relative to the project root). */
export interface TestCodePolicy {
  severity: "off" | "info" | "warning" | "same";
  files: string[];
}

/** Test files by the conventions of the common JS test runners (jest, vitest, mocha, node:test, playwright). */
export const DEFAULT_TEST_FILES = [
  "**/*.{test,spec}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}", "**/*-{test,spec}.{ts,tsx,mts,cts,js,jsx,mjs,cjs}",
  "**/__tests__/**", "**/__mocks__/**", "**/test/**", "**/tests/**", "**/e2e/**",
];

export const DEFAULTS = { maxFileSize: 2_000_000, timeBudgetMs: 3_000 };

function testCodePolicy(c: ConfigFile["testCode"]): TestCodePolicy {
  return { severity: c?.severity ?? "off", files: c?.files ?? DEFAULT_TEST_FILES };
}

export class ConfigError extends Error {
  constructor(readonly path: string, readonly problems: { keyPath: string; message: string }[]) {
    super(`${path}: ${problems.map((p) => `${p.keyPath ? `${p.keyPath}: ` : ""}${p.message}`).join("; ")}`);
  }
}

export function defaultConfig(): ResolvedConfig {
  return { path: null, rules: {}, ignore: [], baseDir: null, models: [], ...DEFAULTS, testCode: testCodePolicy(undefined), scoped: [] };
}

function keyPath(path: readonly PropertyKey[]): string {
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? String(p) : `.${String(p)}`)).join("");
}

/** Parses and validates config text; throws ConfigError naming each bad key. */
export function parseConfig(text: string, path: string, ruleIds: readonly string[]): ResolvedConfig {
  const c = validate(text, path, ruleIds);
  return {
    path, rules: severities(c.rules), ignore: c.ignore ?? [], baseDir: dirname(path), models: c.models ?? [],
    maxFileSize: c.maxFileSize ?? DEFAULTS.maxFileSize, timeBudgetMs: c.timeBudgetMs ?? DEFAULTS.timeBudgetMs, testCode: testCodePolicy(c.testCode), scoped: [],
  };
}

function severities(rules: ConfigFile["rules"]): Record<string, SeveritySetting> {
  const out: Record<string, SeveritySetting> = {};
  for (const [k, v] of Object.entries(rules ?? {})) out[k] = v === "warn" ? "warning" : v;
  return out;
}

function validate(text: string, path: string, ruleIds: readonly string[]): ConfigFile {
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
  return parsed.data;
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

/** The folder holding .git at or above `dir` (the project root), or null outside a repository. */
export function findGitRoot(dir: string): string | null {
  let d = resolve(dir);
  for (;;) {
    if (existsSync(join(d, ".git"))) return d;
    const up = dirname(d);
    if (up === d) return null;
    d = up;
  }
}

/**
 * The project's configuration for a folder: inside a repository, the outermost .llmsaferc.json
 * between the folder and the repository root (run from a monorepo package, the top-level file is
 * still the project's, and the package's own file nests under it); otherwise the nearest above.
 */
export function findProjectConfigFile(dir: string): string | null {
  const nearest = findConfigFile(dir);
  const gitRoot = findGitRoot(dir);
  if (!nearest || !gitRoot) return nearest;
  let outermost = nearest;
  for (let d = dirname(dirname(nearest)); isWithin(gitRoot, d); d = dirname(d)) {
    const candidate = join(d, CONFIG_FILE);
    if (existsSync(candidate) && statSync(candidate).isFile()) outermost = candidate;
    if (d === gitRoot) break;
  }
  return outermost;
}

/**
 * The .llmsaferc.json files in `dirs` and in their parents up to and including `stop`, sorted:
 * the nested configurations that can apply to files in those folders. Each folder is checked once.
 */
export function configFilesUpTo(dirs: Iterable<string>, stop: string): string[] {
  const top = resolve(stop);
  const seen = new Set<string>();
  const out: string[] = [];
  for (const start of dirs) {
    for (let d = resolve(start); isWithin(top, d); d = dirname(d)) {
      // A folder seen before had its parents checked then.
      if (seen.has(d)) break;
      seen.add(d);
      const candidate = join(d, CONFIG_FILE);
      if (existsSync(candidate) && statSync(candidate).isFile()) out.push(candidate);
      if (d === top) break;
    }
  }
  return out.sort();
}

/** `.llmsaferc.json` files in `root` and the folders below it that a scan walks, sorted. */
export function nestedConfigFiles(root: string, skipDir?: (path: string) => boolean): string[] {
  const out: string[] = [];
  walkFiles(resolve(root), (path, name) => {
    if (name === CONFIG_FILE) out.push(path);
  }, skipDir);
  return out.sort();
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

/**
 * Reads the nested configurations (paths from a folder walk) that sit below the project's
 * configuration. Rules, ignores and limits apply to the nested file's folder; its `models` join
 * the project's (a model names a package, and any folder may import it). A file with errors is
 * left out and its error returned.
 */
export function loadScopedConfigs(config: ResolvedConfig, paths: string[], ruleIds: readonly string[], read: (p: string) => string = (p) => readFileSync(p, "utf8")): { config: ResolvedConfig; errors: ConfigError[] } {
  const top = config.path ? dirname(config.path) : null;
  const scoped: ScopedConfig[] = [];
  const models = [...(config.models ?? [])];
  const errors: ConfigError[] = [];
  for (const path of [...paths].sort((a, b) => dirname(a).length - dirname(b).length || (a < b ? -1 : 1))) {
    const dir = dirname(resolve(path));
    // Only folders below the project's configuration: one above it lost to the nearer one.
    if (resolve(path) === config.path || (top && !within(top, dir))) continue;
    let c: ConfigFile;
    try {
      c = validate(read(path), path, ruleIds);
    } catch (e) {
      errors.push(e instanceof ConfigError ? e : new ConfigError(path, [{ keyPath: "", message: `cannot read (${(e as Error).message})` }]));
      continue;
    }
    if (c.testCode) {
      errors.push(new ConfigError(path, [{ keyPath: "testCode", message: "only the project's own .llmsaferc.json (the outermost one) sets testCode" }]));
      continue;
    }
    models.push(...(c.models ?? []));
    scoped.push({ dir, path, rules: severities(c.rules), ignore: c.ignore ?? [], maxFileSize: c.maxFileSize, timeBudgetMs: c.timeBudgetMs });
  }
  return { config: { ...config, models, scoped }, errors };
}

/** Rule severities forced on top of every configuration file (CLI --rule, editor settings). */
export function withRuleOverrides(config: ResolvedConfig, overrides: Record<string, SeveritySetting>): ResolvedConfig {
  if (!Object.keys(overrides).length) return config;
  return { ...config, rules: { ...config.rules, ...overrides }, scoped: config.scoped.map((s) => ({ ...s, rules: { ...s.rules, ...overrides } })) };
}

/** Strictly below `dir` (a nested configuration applies to the files under its folder). */
const within = (dir: string, file: string) => file !== dir && isWithin(dir, file);

/** The configuration for one file: the project's, then each nested one on the way down. */
export function effectiveConfig(config: ResolvedConfig, file: string): EffectiveConfig {
  const out: EffectiveConfig = { rules: { ...config.rules }, maxFileSize: config.maxFileSize, timeBudgetMs: config.timeBudgetMs, files: config.path ? [config.path] : [] };
  for (const s of config.scoped) {
    if (!within(s.dir, file)) continue;
    Object.assign(out.rules, s.rules);
    if (s.maxFileSize !== undefined) out.maxFileSize = s.maxFileSize;
    if (s.timeBudgetMs !== undefined) out.timeBudgetMs = s.timeBudgetMs;
    out.files.push(s.path);
  }
  return out;
}

/** Whether a file is test code by the project's `testCode.files` globs (relative to the project root). */
export function testCodeMatcher(config: ResolvedConfig, root: string): (file: string) => boolean {
  const base = config.baseDir ?? root;
  const match = picomatch(config.testCode.files, { dot: true });
  return (file) => {
    const rel = relative(base, resolve(file));
    return !rel.startsWith("..") && match(rel.split(sep).join("/"));
  };
}

/** Whether the `ignore` globs of the project's configuration, or of a nested one above the file, match it. */
export function configIgnoreMatcher(config: ResolvedConfig, root: string): (file: string) => boolean {
  const parts: { dir: string; match: (rel: string) => boolean; scopedOnly: boolean }[] = [];
  if (config.ignore.length) parts.push({ dir: config.baseDir ?? root, match: picomatch(config.ignore, { dot: true }), scopedOnly: false });
  for (const s of config.scoped) if (s.ignore.length) parts.push({ dir: s.dir, match: picomatch(s.ignore, { dot: true }), scopedOnly: true });
  if (!parts.length) return () => false;
  return (file) => {
    const abs = resolve(file);
    return parts.some((p) => (!p.scopedOnly || within(p.dir, abs)) && p.match(relative(p.dir, abs).split(sep).join("/")));
  };
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
