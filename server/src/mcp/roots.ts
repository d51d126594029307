// The folders the MCP server may read, and the one check every path a client names goes through.
// A path is inside only if it is once `..` and every link are resolved: a link inside a root that
// points out of it is refused like an absolute path elsewhere. Roots come from --root, else from
// the client (MCP roots/list, asked again when the client says they changed), else the cwd.
import { existsSync, realpathSync } from "node:fs";
import { basename, dirname, isAbsolute, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { isWithin } from "../engine/within";

/** A tool error the client caused: the message is the whole answer (isError: true). */
export class ToolInputError extends Error {}

/** Where the current roots came from, said in every answer so the agent knows what it asked about. */
export type RootsSource = "--root" | "client" | "cwd";

function realpathOrNull(p: string): string | null {
  try {
    return realpathSync.native(p);
  } catch {
    return null;
  }
}

/** The real path of `p`, or for a path that does not exist yet, its nearest existing folder's real path plus the rest. */
function realPathOf(p: string): string {
  const real = realpathOrNull(p);
  if (real) return real;
  const parent = dirname(p);
  return parent === p ? p : join(realPathOf(parent), basename(p));
}


export class Roots {
  /** Real paths of the existing folders, in the order given (relative paths resolve from the first). */
  readonly dirs: string[];

  constructor(dirs: string[], readonly source: RootsSource, readonly note?: string) {
    this.dirs = [...new Set(dirs.map((d) => realpathOrNull(resolve(d))).filter((d): d is string => d !== null))];
  }

  /** `roots: /a, /b (from the client)`: said in every answer. */
  describe(): string {
    const from = { "--root": "given with --root", client: "the client's roots", cwd: "the server's current folder" }[this.source];
    return `${this.dirs.join(", ")} (${from}${this.note ? `; ${this.note}` : ""})`;
  }

  /**
   * `path` (relative to the first root, or absolute) as a real path inside a root, with the root
   * it belongs to (the deepest one when roots nest). Throws ToolInputError naming the path and the roots.
   */
  resolve(path: string): { path: string; root: string } {
    if (!this.dirs.length) throw new ToolInputError("llmsafe: this server has no readable root folder (every root it was given is missing)");
    if (path.includes("\0")) throw new ToolInputError(`llmsafe: the path ${JSON.stringify(path)} has a NUL character`);
    const abs = isAbsolute(path) ? resolve(path) : resolve(this.dirs[0], path);
    const real = realPathOf(abs);
    const root = this.rootOf(real);
    if (!root) {
      const via = real !== abs && this.rootOf(abs) ? ` (it is a link to ${real})` : "";
      throw new ToolInputError(`llmsafe: ${path} is outside the folders this server may read${via}. Roots: ${this.describe()}. Name a file or folder inside one of them.`);
    }
    return { path: real, root };
  }

  private rootOf(p: string): string | undefined {
    return this.dirs.filter((d) => isWithin(d, p)).sort((a, b) => b.length - a.length)[0];
  }
}

/** Folders from a roots/list answer: file: URIs of existing folders; anything else is ignored. */
export function rootsFromUris(uris: string[]): string[] {
  const out: string[] = [];
  for (const uri of uris) {
    if (!uri.startsWith("file:")) continue;
    try {
      const p = fileURLToPath(uri);
      if (existsSync(p)) out.push(p);
    } catch {
      /* a malformed URI is no root */
    }
  }
  return out;
}

/**
 * The roots for the next tool call. --root is fixed; otherwise a client that has roots is asked
 * (at start and on roots/list_changed) and its answer is awaited by the calls that follow, with
 * the cwd as the fallback when it has none, no file: ones, or does not answer.
 */
export class RootsProvider {
  private current: Promise<Roots>;

  constructor(private readonly fixed: string[], private readonly cwd: string) {
    this.current = Promise.resolve(fixed.length ? new Roots(fixed, "--root") : new Roots([cwd], "cwd"));
  }

  get usesClientRoots(): boolean {
    return !this.fixed.length;
  }

  /** Asks the client (when --root was not given). */
  refresh(ask: () => Promise<{ roots: { uri: string }[] }>): void {
    if (this.fixed.length) return;
    this.current = ask().then(
      (r) => {
        const dirs = rootsFromUris(r.roots.map((x) => x.uri));
        return dirs.length ? new Roots(dirs, "client") : new Roots([this.cwd], "cwd", "the client listed no local folder");
      },
      (e: Error) => new Roots([this.cwd], "cwd", `the client's roots/list failed: ${e?.message ?? e}`),
    );
  }

  get(): Promise<Roots> {
    return this.current;
  }
}
