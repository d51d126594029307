// `.gitignore` and `.llmsafeignore` (same syntax, in any folder of the project), read the way git
// reads them, with the `ignore` library: the one implementation behind the CLI's walk, the
// language server's workspace scan and open files, and the API's folder walk, so the three agree
// on which files a project holds.
import { existsSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import ignore, { type Ignore } from "ignore";

export const IGNORE_FILES = [".gitignore", ".llmsafeignore"];

/** .gitignore / .llmsafeignore rules from `root` down, loaded once per directory. */
export class IgnoreRules {
  private readonly perDir = new Map<string, Ignore | null>();
  constructor(readonly root: string) {}

  /** Forgets what was read (an ignore file changed on disk). */
  clear(): void {
    this.perDir.clear();
  }

  private rulesOf(dir: string): Ignore | null {
    let r = this.perDir.get(dir);
    if (r !== undefined) return r;
    r = null;
    for (const name of IGNORE_FILES) {
      const p = join(dir, name);
      if (!existsSync(p)) continue;
      try {
        r ??= ignore();
        r.add(readFileSync(p, "utf8"));
      } catch {
        // an unreadable ignore file ignores nothing, like git
      }
    }
    this.perDir.set(dir, r);
    return r;
  }

  /** Whether a path under root is ignored by the rules of any folder between root and it. */
  ignores(abs: string, isDir = false): boolean {
    const rel = relative(this.root, abs);
    if (!rel || rel.startsWith("..")) return false;
    const parts = rel.split(sep);
    // git semantics: a path is ignored if it or any parent folder is ignored.
    for (let depth = 1; depth <= parts.length; depth++) {
      const target = parts.slice(0, depth);
      const targetIsDir = depth < parts.length || isDir;
      for (let d = 0; d < depth; d++) {
        const rules = this.rulesOf(join(this.root, ...parts.slice(0, d)));
        if (rules && rules.ignores(target.slice(d).join("/") + (targetIsDir ? "/" : ""))) return true;
      }
    }
    return false;
  }
}
