// What the result of a call into a package with no model carries.
//
// Only modelled steps and code the engine can read propagate freely (CodeQL's stance; Semgrep's
// `taint_assume_safe_functions`). A package the models do not describe is a black box: its result
// takes its arguments' taint only when its name says it hands text back (a formatter, template
// renderer, parser, encoder, case or whitespace transform, message helper). Detectors, counters,
// validators, predicates, hashers, clients and classes built with `new` return something about
// the input, not the input, and so do names that say nothing. The receiver's data and a tainted
// callee are handled by the caller: `x.getText()` still returns what `x` holds.

/** Words that say the result is a fact about the input: a kind, a count, a verdict, a digest, a handle. */
const FACT_WORDS = new Set([
  "detect", "detector", "guess", "sniff", "classify", "type", "types", "kind", "mime", "lang", "language", "locale",
  "count", "counts", "counter", "size", "length", "len", "width", "height", "dimensions", "duration", "score", "estimate", "measure", "stats", "entropy", "distance", "similarity",
  "is", "has", "can", "should", "check", "checker", "valid", "validate", "validator", "verify", "test", "assert", "ensure", "compare", "equal", "equals", "exists", "contains", "matches",
  "hash", "digest", "checksum", "crc", "sha", "md5", "fingerprint", "id", "ids", "uuid", "ulid", "nanoid", "random",
  "client", "connect", "connection", "pool", "socket", "server", "logger", "log", "emit", "emitter", "spinner", "timer", "sleep", "delay", "wait", "now",
]);

/** Words that say the result is text made from the arguments. */
const TEXT_WORDS = new Set([
  "format", "formatted", "render", "template", "templates", "interpolate", "substitute", "sprintf", "printf", "fill",
  "stringify", "serialize", "string", "str", "text", "plain", "markdown", "md", "html", "xml", "yaml", "yml", "json", "csv", "toml",
  "parse", "parser", "load", "extract", "convert", "transform", "compile", "decode", "encode", "escape", "unescape", "quote", "unquote", "base64",
  "join", "concat", "append", "prepend", "merge", "assign", "clone", "copy", "pick", "omit", "get", "pluck", "split", "chunk", "chunks", "tokenize", "slice",
  "normalize", "trim", "strip", "dedent", "indent", "wrap", "unwrap", "truncate", "ellipsis", "pad", "replace", "redact",
  "slug", "slugify", "camel", "kebab", "snake", "pascal", "title", "upper", "lower", "capitalize", "case", "pluralize", "singularize",
  "pretty", "prettify", "beautify", "minify", "compress", "decompress", "inflate", "deflate", "gzip", "gunzip", "unzip",
  "message", "messages", "prompt", "content", "contents", "document", "documents",
]);

/** `fileTypeFromBuffer` -> file, type, from, buffer; `@sindresorhus/slugify` -> sindresorhus, slugify. */
export function nameWords(name: string): string[] {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * For a call (or `new`) whose reference `ref` points into an imported package and matched no model
 * row: may its result carry its arguments' text? References into the project's own files, globals
 * and unresolved names (`?:`) are not packages: there the caller keeps the cautious default.
 */
export function packageResultCarriesArgs(ref: string, isNew: boolean): boolean | null {
  const colon = ref.indexOf(":");
  const root = colon < 0 ? "" : ref.slice(0, colon);
  if (!root || root === "global" || root === "?" || root === "file" || !isPackageName(root)) return null;
  if (isNew) return false;
  // The called name: the last segment of the access path, or the package itself when it is called.
  const path = ref.slice(colon + 1).replace(/\(\)$/, "");
  const last = path.split(/[.:]|\(\)\.?/).filter(Boolean).pop();
  const words = last ? nameWords(last) : nameWords(root.split("/").pop() ?? root);
  if (words.some((w) => FACT_WORDS.has(w))) return false;
  return words.some((w) => TEXT_WORDS.has(w));
}

/**
 * A bare specifier that can name an npm package: not a path alias of the project's own code
 * (`@/lib/utils`, `~/server`, `#internal`, `$lib/x`), which the engine does not resolve.
 */
function isPackageName(spec: string): boolean {
  if (/^(@\/|[~#$])/.test(spec)) return false;
  return !spec.startsWith("@") || /^@[\w.-]+\/[\w.-]/.test(spec);
}
