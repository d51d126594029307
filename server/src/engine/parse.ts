// Parsing with typescript-estree: one parse per file version, never a throw out of here.
import { parse as estreeParse } from "@typescript-eslint/typescript-estree";
import type { TSESTree } from "@typescript-eslint/typescript-estree";

export { SOURCE_EXTENSIONS } from "./module-resolution";

export type ParseOutcome =
  | { ok: true; ast: TSESTree.Program; comments: TSESTree.Comment[] }
  | { ok: false; message: string; offset: number; tooDeep?: boolean };

/** Options shared with the benchmark's bare-parse baseline, so the comparison is like for like. */
export function parserOptions(file: string, comments: boolean) {
  const lower = file.toLowerCase();
  // TypeScript decides JSX by extension for known ones; .js files may contain JSX, and
  // typescript-estree already parses .js/.jsx/.mjs/.cjs with JSX on, .tsx with JSX on.
  const jsx = /\.(jsx|tsx|js|mjs|cjs)$/.test(lower);
  return {
    filePath: file,
    jsx,
    range: true,
    // loc: false would make typescript-estree walk the whole tree again to delete `loc` (and
    // leave every node in slow dictionary mode); keeping it is cheaper.
    loc: true,
    comment: comments,
    tokens: false,
    errorOnUnknownASTType: false,
    suppressDeprecatedPropertyWarnings: true,
  } as const;
}

export function parseSource(file: string, text: string, comments: boolean): ParseOutcome {
  try {
    const ast = estreeParse(text, parserOptions(file, comments)) as TSESTree.Program & {
      comments?: TSESTree.Comment[];
    };
    return { ok: true, ast, comments: ast.comments ?? [] };
  } catch (err) {
    // Valid but absurdly nested code overflows the parser's stack: say so, it is not a syntax error.
    if (err instanceof RangeError) return { ok: false, message: "nested too deeply to parse", offset: 0, tooDeep: true };
    const e = err as { message?: string; index?: number; location?: { start?: { offset?: number } } };
    const offset = e.location?.start?.offset ?? e.index ?? 0;
    return { ok: false, message: String(e.message ?? err).split("\n")[0], offset };
  } 
}
