// The import aliases a project declares in its nearest tsconfig.json / jsconfig.json
// (`compilerOptions.paths` and `baseUrl`), read as data: JSONC text parsed, never executed.
// A folder with neither but a Jest config whose `moduleNameMapper` maps a prefix to a folder
// under `<rootDir>` (`'^@src/(.*)': '<rootDir>/src/$1'`) has that alias: the app's code and its
// tests import through the same names, and Jest is then where they are declared. Read as text
// (jest.config.*) or JSON (package.json `jest`), never run. A broken or unreadable config counts
// as absent. One lookup per folder, cached.
import { dirname, isAbsolute, join, resolve } from "node:path";
import { isWithin } from "./within";

export interface PathAliasConfig {
  /** Folder the `paths` targets are relative to (`baseUrl`, else the config's own folder). */
  base: string;
  /** `baseUrl` when the config (or one it extends) sets it: bare imports may name files under it. */
  baseUrl: string | null;
  /** Patterns as written (`@src/*`), most specific first, with their targets in order. */
  paths: { pattern: string; targets: string[] }[];
}

const CONFIG_NAMES = ["tsconfig.json", "jsconfig.json"];
const MAX_EXTENDS = 2;

export class PathAliases {
  private readonly byDir = new Map<string, PathAliasConfig | null>();

  constructor(private readonly root: string, private readonly read: (path: string) => string | undefined) {}

  /** The aliases in force for a file: the nearest config above it inside the root, or null. */
  forFile(file: string): PathAliasConfig | null {
    return this.forDir(dirname(file));
  }

  private forDir(dir: string): PathAliasConfig | null {
    const cached = this.byDir.get(dir);
    if (cached !== undefined) return cached;
    let found: PathAliasConfig | null = null;
    let configFile: string | null = null;
    for (const name of CONFIG_NAMES) {
      const p = join(dir, name);
      if (this.read(p) !== undefined) { configFile = p; break; }
    }
    if (configFile) found = loadConfig(configFile, this.read);
    else if ((found = jestAliases(dir, this.read))) { /* a Jest config's mapping, where no tsconfig says otherwise */ }
    else if (dir !== this.root && isWithin(this.root, dir) && dirname(dir) !== dir) found = this.forDir(dirname(dir));
    this.byDir.set(dir, found);
    return found;
  }
}

/** The files an aliased specifier may name, in the order TypeScript tries them (without extensions). */
export function aliasCandidates(config: PathAliasConfig, spec: string): string[] {
  const out: string[] = [];
  const match = config.paths.find((p) => matchPattern(p.pattern, spec) !== null);
  if (match) {
    const star = matchPattern(match.pattern, spec)!;
    for (const t of match.targets) out.push(resolve(config.base, t.replace("*", star)));
  }
  return out;
}

function matchPattern(pattern: string, spec: string): string | null {
  const i = pattern.indexOf("*");
  if (i < 0) return pattern === spec ? "" : null;
  const pre = pattern.slice(0, i), post = pattern.slice(i + 1);
  if (spec.length < pre.length + post.length || !spec.startsWith(pre) || !spec.endsWith(post)) return null;
  return spec.slice(pre.length, spec.length - post.length);
}

interface RawOptions { baseUrl?: string; paths?: Record<string, string[]>; pathsDir?: string; baseDir?: string }

function loadConfig(file: string, read: (path: string) => string | undefined): PathAliasConfig | null {
  const opts = readOptions(file, read, 0);
  if (!opts || (!opts.paths && opts.baseUrl === undefined)) return null;
  const baseUrl = opts.baseUrl !== undefined ? resolve(opts.baseDir!, opts.baseUrl) : null;
  const base = baseUrl ?? opts.pathsDir ?? dirname(file);
  const paths = Object.entries(opts.paths ?? {})
    .filter(([k, v]) => typeof k === "string" && Array.isArray(v) && (k.match(/\*/g)?.length ?? 0) <= 1)
    .map(([pattern, targets]) => ({ pattern, targets: targets.filter((t): t is string => typeof t === "string") }))
    // TypeScript picks the pattern with the longest prefix before the `*`; an exact pattern wins.
    .sort((a, b) => prefixLength(b.pattern) - prefixLength(a.pattern));
  return { base, baseUrl, paths };
}

const prefixLength = (p: string) => (p.includes("*") ? p.indexOf("*") : Number.MAX_SAFE_INTEGER);

/** compilerOptions with `extends` of a relative file followed (two levels at most); each setting remembers the folder it came from. */
function readOptions(file: string, read: (path: string) => string | undefined, depth: number): RawOptions | null {
  const text = read(file);
  if (text === undefined) return null;
  const json = parseJsonc(text);
  if (!json || typeof json !== "object") return null;
  const own = (json as { compilerOptions?: unknown }).compilerOptions;
  const ext = (json as { extends?: unknown }).extends;
  let inherited: RawOptions = {};
  if (typeof ext === "string" && depth < MAX_EXTENDS && (ext.startsWith("./") || ext.startsWith("../"))) {
    const target = resolve(dirname(file), ext.endsWith(".json") ? ext : ext + ".json");
    inherited = readOptions(target, read, depth + 1) ?? {};
  }
  const out: RawOptions = { ...inherited };
  if (own && typeof own === "object") {
    const o = own as { baseUrl?: unknown; paths?: unknown };
    if (typeof o.baseUrl === "string" && !isAbsolute(o.baseUrl)) { out.baseUrl = o.baseUrl; out.baseDir = dirname(file); }
    if (o.paths && typeof o.paths === "object" && !Array.isArray(o.paths)) { out.paths = o.paths as Record<string, string[]>; out.pathsDir = dirname(file); }
  }
  return out;
}

const JEST_CONFIGS = ["jest.config.ts", "jest.config.js", "jest.config.mjs", "jest.config.cjs", "jest.config.json"];
const MAPPER_BLOCK_RE = /\bmoduleNameMapper["']?\s*:\s*\{([^{}]*)\}/;
const MAPPER_ENTRY_RE = /(["'])((?:(?!\1).)+)\1\s*:\s*(["'])((?:(?!\3).)+)\3/g;

/** Prefix mappings of a Jest config in this folder, as `paths` patterns; null when there are none. */
function jestAliases(dir: string, read: (path: string) => string | undefined): PathAliasConfig | null {
  const entries: [string, string][] = [];
  for (const name of JEST_CONFIGS) {
    const text = read(join(dir, name));
    // A custom rootDir moves what <rootDir> means: not followed.
    if (text === undefined || /\brootDir["']?\s*:/.test(text)) continue;
    const block = MAPPER_BLOCK_RE.exec(text)?.[1];
    if (block) for (const m of block.matchAll(MAPPER_ENTRY_RE)) entries.push([m[2], m[4]]);
    break;
  }
  if (!entries.length) {
    const pkg = read(join(dir, "package.json"));
    const jest = pkg !== undefined ? (parseJsonc(pkg) as { jest?: { moduleNameMapper?: unknown; rootDir?: unknown } } | null)?.jest : undefined;
    const mapper = jest && jest.rootDir === undefined ? jest.moduleNameMapper : undefined;
    if (mapper && typeof mapper === "object") for (const [k, v] of Object.entries(mapper)) if (typeof v === "string") entries.push([k, v]);
  }
  const paths: PathAliasConfig["paths"] = [];
  for (const [from, to] of entries) {
    // Only a literal prefix and the rest kept: '^@src/(.*)$' -> '<rootDir>/src/$1'.
    const prefix = /^\^([\w@~#/.-]*)\(\.\*\)\$?$/.exec(from)?.[1]?.replace(/\\\./g, ".");
    const target = /^<rootDir>\/([\w@~#/.-]*)\$1$/.exec(to)?.[1];
    if (prefix === undefined || target === undefined || !prefix || prefix.includes("..") || target.includes("..")) continue;
    paths.push({ pattern: `${prefix}*`, targets: [`${target}*`] });
  }
  if (!paths.length) return null;
  paths.sort((a, b) => prefixLength(b.pattern) - prefixLength(a.pattern));
  return { base: dir, baseUrl: null, paths };
}

/** JSON with comments and trailing commas (what tsc accepts), or null when it does not parse. */
export function parseJsonc(text: string): unknown {
  let out = "";
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j;
    } else if (c === "/" && text[i + 1] === "/") {
      while (i < text.length && text[i] !== "\n") i++;
      out += "\n";
    } else if (c === "/" && text[i + 1] === "*") {
      const end = text.indexOf("*/", i + 2);
      i = end < 0 ? text.length : end + 1;
      out += " ";
    } else out += c;
  }
  try {
    return JSON.parse(out.replace(/,(\s*[}\]])/g, "$1"));
  } catch {
    return null;
  }
}
