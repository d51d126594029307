// --staged and --changed-since: which files changed, and (for --staged) the content git is about
// to commit, so a pre-commit hook lints exactly what goes into the commit.
import { execFileSync } from "node:child_process";
import { join, resolve } from "node:path";
import { UsageError } from "./files";

function git(cwd: string, args: string[], input?: string): string {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"], input });
  } catch (e) {
    const err = e as { code?: string; stderr?: string };
    if (err.code === "ENOENT") throw new UsageError("git is not installed (needed by --staged and --changed-since)");
    throw new UsageError(`git ${args[0]} failed: ${(err.stderr ?? String(e)).trim().split("\n")[0]}`);
  }
}

const splitZ = (s: string) => s.split("\0").filter(Boolean);

export function gitRoot(cwd: string): string {
  return resolve(git(cwd, ["rev-parse", "--show-toplevel"]).trim());
}

/** The commit's view of the work tree: text of every file whose index content differs from disk, and untracked files to hide. */
export interface StagedView {
  /** Staged files (added, copied, modified, renamed), absolute. */
  staged: string[];
  overlay: Map<string, string>;
  hidden: string[];
}

export function stagedView(root: string): StagedView {
  const staged = splitZ(git(root, ["diff", "--cached", "--name-only", "--diff-filter=ACMR", "-z", "--no-renames"])).map((p) => join(root, p));
  // Files whose working copy differs from the index: analyse the index version instead.
  const unstaged = splitZ(git(root, ["diff", "--name-only", "--diff-filter=ACMRD", "-z", "--no-renames"])).map((p) => join(root, p));
  const differ = [...new Set([...unstaged])];
  const overlay = new Map<string, string>();
  if (differ.length) {
    const rel = differ.map((p) => p.slice(root.length + 1));
    // One cat-file process for all blobs.
    const out = execFileSync("git", ["cat-file", "--batch"], { cwd: root, input: rel.map((r) => `:${r}`).join("\n") + "\n", maxBuffer: 1 << 30 });
    let at = 0;
    for (const file of differ) {
      const nl = out.indexOf(10, at);
      const header = out.subarray(at, nl).toString("utf8");
      at = nl + 1;
      const m = /^\S+ blob (\d+)$/.exec(header);
      if (!m) continue; // "missing": not in the index (deleted); the disk copy is used
      const size = Number(m[1]);
      overlay.set(file, out.subarray(at, at + size).toString("utf8"));
      at += size + 1;
    }
  }
  const hidden = splitZ(git(root, ["ls-files", "--others", "--exclude-standard", "-z"])).map((p) => join(root, p));
  return { staged, overlay, hidden };
}

/** Files changed since `ref` (committed since its merge base with HEAD, staged, unstaged or new). */
export function changedSince(root: string, ref: string): string[] {
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new UsageError(`--changed-since ${ref}: not a commit, branch or tag in this repository`);
  }
  const base = git(root, ["merge-base", ref, "HEAD"]).trim();
  const changed = splitZ(git(root, ["diff", "--name-only", "--diff-filter=ACMR", "-z", "--no-renames", base]));
  const untracked = splitZ(git(root, ["ls-files", "--others", "--exclude-standard", "-z"]));
  return [...new Set([...changed, ...untracked])].map((p) => join(root, p)).sort();
}
