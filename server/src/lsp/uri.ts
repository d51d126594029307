// Document URIs to engine paths and back. The engine speaks absolute paths; the protocol speaks
// URIs. Only `file:` documents belong to a workspace; `untitled:` ones get single-file analysis.
import { extname } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

export function uriToPath(uri: string): string | null {
  if (typeof uri !== "string" || !uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export function isUntitled(uri: string): boolean {
  return typeof uri === "string" && uri.startsWith("untitled:");
}

const EXT_BY_LANGUAGE: Record<string, string> = {
  javascript: ".js",
  javascriptreact: ".jsx",
  typescript: ".ts",
  typescriptreact: ".tsx",
  vue: ".vue",
  svelte: ".svelte",
};

export const LINTED_LANGUAGES = Object.keys(EXT_BY_LANGUAGE);

/**
 * A stable, fake absolute path for an untitled document, with the extension its language
 * needs (the parser decides TS and JSX by extension). Null when the language is not linted.
 */
export function untitledPath(uri: string, languageId: string): string | null {
  const ext = EXT_BY_LANGUAGE[languageId] ?? (extname(uri) || null);
  if (!ext || !Object.values(EXT_BY_LANGUAGE).concat([".mjs", ".cjs", ".mts", ".cts"]).includes(ext)) return null;
  const name = uri.replace(/^untitled:/, "").replace(/[^\w.-]+/g, "_").replace(/\.([cm]?[jt]sx?|vue|svelte)$/, "");
  return `/__llmsafe_untitled__/${name || "untitled"}${ext}`;
}
