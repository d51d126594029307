// Parsing with typescript-estree: one parse per file version, never a throw out of here.
import { parse as estreeParse } from "@typescript-eslint/typescript-estree";
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { type ComponentText, isComponentFile, readComponent } from "./components";

export { SOURCE_EXTENSIONS } from "./module-resolution";

export type ParseOutcome =
  | { ok: true; ast: TSESTree.Program; comments: TSESTree.Comment[]; component?: ComponentText }
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
  // A Vue or Svelte component is parsed as its script blocks, at their own offsets (components.ts);
  // its markup's `<!-- -->` comments join the comments, so suppressions work in the template too.
  if (isComponentFile(file)) {
    const component = readComponent(file, text);
    const parsed = parseModule(`${file}.${component.typescript ? "ts" : "js"}`, component.script, comments);
    if (!parsed.ok) return parsed;
    const html = component.htmlComments.map((c) => ({ type: "Block", value: c.value, range: [c.start, c.end] }) as unknown as TSESTree.Comment);
    return { ...parsed, comments: [...parsed.comments, ...html].sort((a, b) => a.range[0] - b.range[0]), component };
  }
  return parseModule(file, text, comments);
}

function parseModule(file: string, text: string, comments: boolean): ParseOutcome {
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
