// Which lines a pull request changes: the base it is compared with (the `base` input, the
// pull_request event's base commit, or origin/<base branch>), and the added or modified lines of
// each file since the merge base, from `git diff -U0` hunks (new side). Untracked files count
// whole, as in the CLI's --changed-since. Plain Node, no dependencies.
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join, resolve } from "node:path";

/** A problem the user can fix (a missing base commit, no git): the step fails with this message. */
export class ActionError extends Error {}

function git(cwd, args) {
  try {
    return execFileSync("git", args, { cwd, encoding: "utf8", maxBuffer: 1 << 30, stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    if (e.code === "ENOENT") throw new ActionError("git is not installed (needed for changed-only)");
    throw new ActionError(`git ${args[0]} failed: ${String(e.stderr ?? e.message).trim().split("\n")[0]}`);
  }
}

/**
 * The commit to compare with, and where it came from: the `base` input first, then the base commit
 * of the pull_request (or merge_group) event in GITHUB_EVENT_PATH, then origin/GITHUB_BASE_REF. None (null) on a
 * push or a schedule: every finding is reported.
 */
export function resolveBase(env) {
  const input = (env.INPUT_BASE ?? "").trim();
  if (input) return { ref: input, from: "the base input" };
  if (env.GITHUB_EVENT_PATH) {
    let event;
    try {
      event = JSON.parse(readFileSync(env.GITHUB_EVENT_PATH, "utf8"));
    } catch (e) {
      throw new ActionError(`cannot read the event payload ${env.GITHUB_EVENT_PATH}: ${e.message}`);
    }
    const sha = event?.pull_request?.base?.sha;
    if (typeof sha === "string" && sha) return { ref: sha, from: "the pull request's base commit" };
    // A merge queue checks a group of pull requests against the tip of the base branch.
    const queued = event?.merge_group?.base_sha;
    if (typeof queued === "string" && queued) return { ref: queued, from: "the merge queue's base commit" };
  }
  if (env.GITHUB_BASE_REF) return { ref: `origin/${env.GITHUB_BASE_REF}`, from: "the pull request's base branch" };
  return null;
}

/** Unquotes a path as git prints it when it holds special characters ("a\"b", "\303\251"). */
export function unquoteGitPath(s) {
  if (!s.startsWith('"')) return s;
  const bytes = [];
  const escapes = { a: 7, b: 8, t: 9, n: 10, v: 11, f: 12, r: 13, '"': 34, "\\": 92 };
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i];
    if (ch !== "\\") {
      bytes.push(...Buffer.from(ch, "utf8"));
      continue;
    }
    const next = s[++i];
    if (/[0-7]/.test(next)) {
      bytes.push(parseInt(s.slice(i, i + 3), 8));
      i += 2;
    } else bytes.push(escapes[next] ?? next.charCodeAt(0));
  }
  return Buffer.from(bytes).toString("utf8");
}

/**
 * Added or modified lines per file (repository-relative path -> Set of 1-based line numbers) from
 * the text of `git diff -U0`. Deleted files and pure deletions add nothing: no line of the new
 * version is theirs.
 */
export function parseUnifiedDiff(text) {
  const changed = new Map();
  let lines = null;
  for (const line of text.split("\n")) {
    if (line.startsWith("diff --git ")) lines = null;
    else if (line.startsWith("+++ ")) {
      const target = line.slice(4);
      if (target === "/dev/null") lines = null;
      else {
        const path = unquoteGitPath(target).replace(/^b\//, "");
        lines = changed.get(path) ?? new Set();
        changed.set(path, lines);
      }
    } else if (lines && line.startsWith("@@")) {
      const m = /^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@/.exec(line);
      if (!m) continue;
      const start = Number(m[1]);
      const count = m[2] === undefined ? 1 : Number(m[2]);
      for (let n = start; n < start + count; n++) lines.add(n);
    }
  }
  return changed;
}

/**
 * The lines changed since the merge base of `ref` and HEAD, in the work tree (committed, staged,
 * unstaged) plus untracked files, keyed by absolute path. `null` for a whole file.
 */
export function changedLines(cwd, ref) {
  const root = resolve(git(cwd, ["rev-parse", "--show-toplevel"]).trim());
  try {
    git(root, ["rev-parse", "--verify", "--quiet", `${ref}^{commit}`]);
  } catch {
    throw new ActionError(`the base ${ref} is not in this clone. Check out with \`fetch-depth: 0\` (actions/checkout) so the pull request's base commit is there, or set changed-only: false`);
  }
  const base = git(root, ["merge-base", ref, "HEAD"]).trim();
  // --no-ext-diff and --no-textconv: the repository's own diff drivers never run; no colour, no renames (a renamed file is new).
  const diff = git(root, ["-c", "core.quotePath=false", "diff", "-U0", "--src-prefix=a/", "--dst-prefix=b/", "--no-color", "--no-ext-diff", "--no-textconv", "--no-renames", "--diff-filter=ACMR", base]);
  const byFile = new Map();
  for (const [path, lines] of parseUnifiedDiff(diff)) byFile.set(join(root, path), lines);
  const untracked = git(root, ["ls-files", "--others", "--exclude-standard", "-z"]).split("\0").filter(Boolean);
  for (const path of untracked) byFile.set(join(root, path), null);
  return { base, byFile };
}

/** Does a location (absolute file, 1-based line range) touch a changed line? */
export function touchesChange(byFile, file, startLine, endLine = startLine) {
  if (!byFile.has(file)) return false;
  const lines = byFile.get(file);
  if (lines === null) return true;
  for (let n = startLine; n <= endLine; n++) if (lines.has(n)) return true;
  return false;
}
