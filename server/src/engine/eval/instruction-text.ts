// Whether the app's own text around a spliced value is instructions, or only labels the value.
// `Request: ${request}` and a `## Past Conversation History` heading name what follows; they give
// the model no order a requester's text could take over. `Translate the following text into
// ${language}: ${text}` or `Analyze this content: ${x}` do (undelimited-prompt-input).

/** Where a spliced value sat in the text handed to carriesInstructions. */
export const SLOT = "\u0000";

/** A run of three words: the least that reads as a sentence rather than a field name. */
const WORDS_RE = /[A-Za-z]{3,}[^A-Za-z]+[A-Za-z]{2,}[^A-Za-z]+[A-Za-z]{2,}/;

/** A markdown heading line: a title for what follows. */
const HEADING_RE = /^\s*#{1,6}\s+[^\n]*$/;

/** `Original query: ` at the start of a line, up to the colon, when a value or the line's end follows. */
const LABEL_RE = /^(\s*[-*]?\s*)([A-Za-z][\w'/-]*(?:[ \t]+[\w'/-]+){0,3})[ \t]*:[ \t]*(?=\u0000|$)/;

/**
 * Verbs prompts give orders with: a "label" that starts with one (`Analyze this content:`,
 * `Translate into French:`) is an instruction. Lower case, base form.
 */
const IMPERATIVES = new Set([
  "act", "add", "analyse", "analyze", "answer", "ask", "assess", "avoid", "be", "check", "choose", "classify", "compare",
  "compose", "consider", "convert", "correct", "create", "decide", "describe", "detect", "determine", "do", "draft",
  "estimate", "evaluate", "explain", "extract", "find", "fix", "follow", "format", "generate", "give", "group",
  "identify", "ignore", "improve", "include", "judge", "keep", "label", "list", "make", "never", "only", "output",
  "paraphrase", "pick", "plan", "predict", "pretend", "produce", "proofread", "provide", "rank", "rate", "recommend",
  "reply", "research", "respond", "return", "review", "revise", "rewrite", "say", "score", "select", "simplify",
  "sort", "suggest", "summarise", "summarize", "tag", "tell", "translate", "turn", "use", "verify", "write",
]);

/** The text with its headings and field labels taken out. */
export function withoutLabels(text: string): string {
  return text.split("\n").map((line) => {
    if (HEADING_RE.test(line.replaceAll(SLOT, " "))) return "";
    const m = LABEL_RE.exec(line);
    if (!m || IMPERATIVES.has(m[2].split(/\s+/)[0].toLowerCase())) return line;
    return line.slice(m[0].length);
  }).join("\n");
}

/** Does the app's text (spliced values marked with SLOT) carry instructions, not only labels and headings? */
export function carriesInstructions(text: string): boolean {
  return WORDS_RE.test(withoutLabels(text).replaceAll(SLOT, " "));
}
