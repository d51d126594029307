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
  "act", "add", "analyse", "analyze", "answer", "ask", "assess", "avoid", "be", "behave", "check", "choose", "classify",
  "compare", "compose", "consider", "continue", "convert", "correct", "create", "decide", "depict", "describe", "design",
  "detect", "determine", "do", "draft", "draw", "edit", "emulate", "estimate", "evaluate", "explain", "extract", "find",
  "fix", "follow", "format", "generate", "give", "group", "identify", "ignore", "illustrate", "imagine", "imitate",
  "improve", "include", "judge", "keep", "label", "list", "make", "mimic", "never", "only", "output", "paint",
  "paraphrase", "pick", "plan", "predict", "pretend", "produce", "proofread", "provide", "rank", "rate", "recommend",
  "reply", "research", "respond", "return", "review", "revise", "rewrite", "roleplay", "say", "score", "select",
  "simplify", "sort", "speak", "suggest", "summarise", "summarize", "tag", "talk", "tell", "transcribe", "translate",
  "turn", "use", "verify", "write",
]);

/** The text with its headings and field labels taken out. */
export function withoutLabels(text: string): string {
  return text.split("\n").map((line) => {
    if (HEADING_RE.test(line.replaceAll(SLOT, " "))) return "";
    const m = LABEL_RE.exec(line);
    if (!m || isOrder(m[2].split(/\s+/))) return line;
    return line.slice(m[0].length);
  }).join("\n");
}

/**
 * A line that opens with an order and goes on, however short: `Talk like a ${x}`, `Draw a picture of
 * ${x}`. A verb used as a noun (`Plan for ${x}`) is not one. A label (words and a colon) is an order
 * only when it is one verb that is never a field's name (`Translate: ${x}`, not `Answer: ${x}`,
 * `Output format: ${x}`, `Score: ${x}`); longer labels are judged by their word count (WORDS_RE).
 */
const SENTENCE_RE = /^\s*[-*]?\s*([A-Za-z]+)[ \t]+([A-Za-z]+)/;
const NOUN_AFTER = new Set(["of", "for", "from", "by", "to", "id", "ids", "name", "names", "type", "count"]);
const ORDER_LABELS = new Set([
  "translate", "summarize", "summarise", "explain", "describe", "rewrite", "paraphrase", "proofread", "classify",
  "correct", "fix", "extract", "analyze", "analyse", "simplify", "evaluate", "transcribe", "convert", "compose",
  "draft", "draw", "improve", "edit",
]);

function opensWithOrder(line: string): boolean {
  const label = LABEL_RE.exec(line);
  if (label) {
    const words = label[2].split(/\s+/);
    return words.length === 1 && ORDER_LABELS.has(words[0].toLowerCase());
  }
  const m = SENTENCE_RE.exec(line);
  return !!m && isOrder([m[1], m[2]]);
}

/** Words that open with an imperative verb not used as a noun. */
function isOrder(words: string[]): boolean {
  return IMPERATIVES.has(words[0].toLowerCase()) && !(words[1] && NOUN_AFTER.has(words[1].toLowerCase()));
}

/** Does the app's text (spliced values marked with SLOT) carry instructions, not only labels and headings? */
export function carriesInstructions(text: string): boolean {
  const kept = withoutLabels(text);
  return WORDS_RE.test(kept.replaceAll(SLOT, " ")) || kept.split("\n").some(opensWithOrder);
}
