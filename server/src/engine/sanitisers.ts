// Sanitisers recognised by what they do to the text, not by their name: a replace() that keeps
// only an allow-listed alphabet, and a URL whose scheme and host are fixed before any value the
// program does not choose. Pure functions on pattern text, so the evaluator stays small.
import { ALL_SINKS, SINK_BITS } from "./value";

/** Characters a shell gives a meaning to (and whitespace, which splits words). */
const SHELL_META = new Set([..." \t\n\r\v\f;&|$`()<>\\\"'*?[]{}~#!^"]);
/** Characters that open markup or leave an attribute. */
const HTML_META = new Set([..."<>&\"'`"]);
/** What `[^\w-]` has always been trusted to leave (letters, digits, `_`, `-`): safe everywhere. */
const WORD_ALPHABET = /^[A-Za-z0-9_-]$/;
const SQL_ALPHABET = /^[A-Za-z0-9_]$/;

/**
 * The sinks a `text.replace(/[^...]/g, replacement)` makes its result safe for, derived from the
 * alphabet the result can contain: the characters the negated class keeps plus those of the
 * replacement. Path: no `/`, `\` or `.` (a name of dots alone climbs out of a folder). Shell: no
 * metacharacter or whitespace. HTML: no `<>&"'`. SQL: identifier characters only. An alphabet of
 * letters, digits, `_` and `-` alone is safe for every sink. 0 when the pattern is not a single
 * negated class, lacks the `g` flag (only the first match would be replaced), or the replacement
 * refers to the match (`$&`).
 */
export function allowListSinks(pattern: string, flags: string, replacement: string): number {
  if (!flags.includes("g") || replacement.includes("$")) return 0;
  // One negated class, optionally repeated: `[^a-z0-9_-]`, `[^\w.]+`.
  if (!/^\[\^(?:\\.|[^\]\\])*\]\+?$/.test(pattern)) return 0;
  let cls: RegExp;
  try {
    cls = new RegExp(`^${pattern.replace(/\+$/, "")}$`, flags.replace(/[gy]/g, ""));
  } catch {
    return 0;
  }
  const alphabet = new Set<string>(replacement);
  for (let c = 0; c < 128; c++) {
    const ch = String.fromCharCode(c);
    if (!cls.test(ch)) alphabet.add(ch);
  }
  const chars = [...alphabet];
  if (chars.every((c) => WORD_ALPHABET.test(c))) return ALL_SINKS;
  const control = chars.some((c) => c < " " || c === "\x7f");
  let bits = 0;
  if (!alphabet.has("/") && !alphabet.has("\\") && !alphabet.has(".") && !control) bits |= SINK_BITS.path;
  if (!chars.some((c) => SHELL_META.has(c)) && !control) bits |= SINK_BITS.shell;
  if (!chars.some((c) => HTML_META.has(c))) bits |= SINK_BITS.html;
  if (chars.every((c) => SQL_ALPHABET.test(c))) bits |= SINK_BITS.sql;
  return bits;
}

/**
 * Whether `text.replace(pattern, replacement)` escapes markup: a global pattern that matches `<`,
 * replaced by an entity (`"&lt;"`) or by a function (`null` here: an entity map, `(ch) => ENTITIES[ch]`),
 * so no tag can open in the result. A chain escapes one character a call; the call for `<` counts.
 */
export function escapesMarkup(pattern: string, flags: string, replacement: string | null): boolean {
  if (!flags.includes("g") || (replacement !== null && (!replacement.startsWith("&") || /[<$]/.test(replacement)))) return false;
  try {
    return new RegExp(pattern, flags.replace(/[gy]/g, "")).test("<");
  } catch {
    return false;
  }
}

/** Stands for a part of a URL the program chose but whose text is unknown (an env var). */
export const CHOSEN_PART = "\u0000";
/** Stands for a part of a URL that tainted data supplies. */
export const TAINTED_PART = "\u0001";

/**
 * Whether the start of a URL already fixes its scheme and host: `scheme://host` followed by a
 * `/`, `?` or `#`, with no tainted part before that character. What comes after can only change
 * the path, query or fragment on that host, never redirect the request to another one.
 */
export function fixesHost(start: string): boolean {
  const m = /^https?:\/\/([^/?#\\\s]*)[/?#\\]/i.exec(start);
  return !!m && m[1].length > 0 && !m[1].includes(TAINTED_PART);
}
