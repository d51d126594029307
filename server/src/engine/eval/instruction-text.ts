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
    if (!m || opensLabelAsOrder(m[2].split(/\s+/))) return line;
    return line.slice(m[0].length);
  }).join("\n");
}

/** A label (words before a colon) kept as text: it opens with an imperative, not a noun phrase (`List of tags:`). */
function opensLabelAsOrder(words: string[]): boolean {
  return IMPERATIVES.has(words[0].toLowerCase()) && words[1]?.toLowerCase() !== "of";
}

/**
 * Imperatives that are also the names of fields and sections (`Answer: ${x}` in a few-shot
 * transcript, `Output format: ${x}`, `Use cases`, `Design notes:`): as the first word of a short
 * label or title they name what follows, so only a sentence (WORDS_RE) makes them an order.
 */
const FIELD_WORDS = new Set([
  "answer", "output", "format", "score", "plan", "list", "tag", "label", "rate", "rank", "review", "return", "reply",
  "group", "sort", "use", "turn", "act", "check", "research", "design",
]);
/** What a two-word order label points at: `Summarize this:`, `Translate it:`. */
const POINTERS = new Set(["this", "these", "that", "those", "it", "them", "everything", "all", "below", "above"]);

/** `Summarize ${x}`, `Translate: ${x}`: one verb, then the value. */
const VERB_THEN_VALUE_RE = /^\s*[-*]?\s*([A-Za-z]+)[ \t]*:?[ \t]*\u0000/;
/** `Summarize this: ${x}` (a label of two words). */
const TWO_WORD_LABEL_RE = /^\s*[-*]?\s*([A-Za-z]+)[ \t]+([A-Za-z]+)[ \t]*:[ \t]*(?:\u0000|$)/;
/** `Talk like a ${x}`, `Draw a picture of ${x}`, `Find nearby ${x}`: two words and more on the line. */
const SHORT_SENTENCE_RE = /^\s*[-*]?\s*([A-Za-z]+)[ \t]+([A-Za-z]+)[ \t]+(?:\u0000|[A-Za-z])/;

/** Words after a verb that make it a noun (`List of ${x}`, `Plan for ${x}`, `Sort by ${x}`). */
const NOUN_AFTER = new Set(["of", "for", "from", "by", "id", "ids", "name", "names", "type", "count"]);

/**
 * A short line that opens with an order, however few its words (`Answer in ${lang}: ${q}`). Not a
 * title (`Edit log`, `Continue reading`: nothing follows on the line), a noun compound label (`Edit
 * history:`, `Talk title:`), or a label whose verb also names a field (FIELD_WORDS: `Answer: ${x}`).
 * Longer lines are sentences, which WORDS_RE reads.
 */
function opensWithOrder(line: string): boolean {
  const verb = (m: RegExpExecArray) => IMPERATIVES.has(m[1].toLowerCase());
  // A colon makes the words a label: a field's name unless the verb never is one.
  const labelVerb = (m: RegExpExecArray) => verb(m) && !(m[0].includes(":") && FIELD_WORDS.has(m[1].toLowerCase()));
  const one = VERB_THEN_VALUE_RE.exec(line);
  if (one) return labelVerb(one);
  const label = TWO_WORD_LABEL_RE.exec(line);
  if (label) return labelVerb(label) && POINTERS.has(label[2].toLowerCase());
  const sentence = SHORT_SENTENCE_RE.exec(line);
  return !!sentence && verb(sentence) && !NOUN_AFTER.has(sentence[2].toLowerCase());
}

/** Does the app's text (spliced values marked with SLOT) carry instructions, not only labels and headings? */
export function carriesInstructions(text: string): boolean {
  const kept = withoutLabels(text);
  return WORDS_RE.test(kept.replaceAll(SLOT, " ")) || kept.split("\n").some(opensWithOrder);
}
