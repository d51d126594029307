// `.gitignore` semantics, enough to keep the workspace scan and open-file linting off files the
// project never commits (build output, vendored code, generated clients). Reads the
// .gitignore of every directory from the workspace root down to the file, cached per directory.
import { readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import picomatch from "picomatch";

interface IgnoreRule {
  negate: boolean;
  dirOnly: boolean;
  match: (relPath: string) => boolean;
}

/** Parses .gitignore text into rules matching paths relative to the .gitignore's directory. */
export function parseGitignore(text: string): IgnoreRule[] {
  const out: IgnoreRule[] = [];
  for (let line of text.split(/\r?\n/)) {
    if (!line.trim() || line.startsWith("#")) continue;
    line = line.replace(/(?<!\\)\s+$/, "");
    const negate = line.startsWith("!");
    if (negate) line = line.slice(1);
    if (line.startsWith("\\")) line = line.slice(1);
    const dirOnly = line.endsWith("/");
    if (dirOnly) line = line.slice(0, -1);
    if (!line) continue;
    // A slash anywhere but the end anchors the pattern to this directory; otherwise it matches at any depth.
    const anchored = line.includes("/");
    const glob = anchored ? line.replace(/^\//, "") : `**/${line}`;
    const m = picomatch(glob, { dot: true });
    out.push({ negate, dirOnly, match: m });
  }
  return out;
}

/** Whether `relPath` (a file, slash-separated, relative to the rules' directory) is ignored by the rules. */
export function ignoredBy(rules: readonly IgnoreRule[], relPath: string): boolean | undefined {
  // Ignoring a directory ignores everything below it, so test every ancestor directory too.
  const parts = relPath.split("/");
  let verdict: boolean | undefined;
  for (let i = 1; i <= parts.length; i++) {
    const candidate = parts.slice(0, i).join("/");
    const isDir = i < parts.length;
    for (const r of rules) {
      if (r.dirOnly && !isDir) continue;
      if (r.match(candidate)) verdict = !r.negate;
    }
    if (verdict && isDir) return true; // git never re-includes a file below an excluded directory
  }
  return verdict;
}

export class GitignoreIndex {
  private readonly byDir = new Map<string, IgnoreRule[]>();
  constructor(private readonly root: string) {}

  /** Forget cached .gitignore contents (one changed on disk). */
  clear(): void {
    this.byDir.clear();
  }

  private rulesOf(dir: string): IgnoreRule[] {
    let rules = this.byDir.get(dir);
    if (!rules) {
      try {
        rules = parseGitignore(readFileSync(join(dir, ".gitignore"), "utf8"));
      } catch {
        rules = [];
      }
      this.byDir.set(dir, rules);
    }
    return rules;
  }

  isIgnored(file: string): boolean {
    const rel = relative(this.root, file);
    if (!rel || rel.startsWith("..")) return false;
    const segments = rel.split(sep);
    if (segments.includes("node_modules")) return true;
    // Deeper .gitignore files override shallower ones, as in git.
    let ignored = false;
    let dir = dirname(file);
    const dirs: string[] = [];
    for (;;) {
      dirs.unshift(dir);
      if (dir === this.root || dir === dirname(dir)) break;
      dir = dirname(dir);
    }
    for (const d of dirs) {
      const verdict = ignoredBy(this.rulesOf(d), relative(d, file).split(sep).join("/"));
      if (verdict !== undefined) ignored = verdict;
    }
    return ignored;
  }
}
