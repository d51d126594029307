// Reads `llmsafe-expect` style annotations from fixture files (see test-fixtures/README.md).
// `<!-- ... -->` too: the markup of Vue and Svelte components.
const ANNOTATION_RE = /(?:\/\/|\/\*|\{\/\*|<!--)\s*llmsafe-(expect|expect-also|expect-clean|known-miss|known-false-alarm):\s*([\w\s,-]+?)\s*(?:\*\/\}?|-->|$)/;

function isCommentOnly(line) {
  const t = line.trim();
  return t === "" || t.startsWith("//") || t.startsWith("/*") || t.startsWith("*") || t.startsWith("{/*") || (t.startsWith("<!--") && t.endsWith("-->"));
}

/** @returns {{ line: number, kind: string, rule: string, at: number }[]} lines are 1-based */
export function parseAnnotations(text) {
  const lines = text.split(/\r\n|\r|\n/);
  const out = [];
  lines.forEach((line, i) => {
    const m = ANNOTATION_RE.exec(line);
    if (!m) return;
    const before = line.slice(0, m.index).trim();
    let target = i + 1;
    if (before === "" || before === "{") {
      // alone on its line: applies to the next line holding code
      let j = i + 1;
      while (j < lines.length && isCommentOnly(lines[j])) j++;
      target = j + 1;
    }
    for (const rule of m[2].split(",").map((s) => s.trim()).filter(Boolean)) out.push({ line: target, kind: m[1], rule, at: i + 1 });
  });
  return out;
}

/** Compares findings with annotations: per-rule ledger and the list of failures. */
export function checkFile(file, text, findings, ledger, failures) {
  const anns = parseAnnotations(text);
  const byLine = new Map();
  /** Calls grouped under a finding at an earlier call to the same helper sink (its relatedLocations). */
  const alsoByLine = new Map();
  for (const f of findings) {
    if (f.suppressed) continue;
    const k = `${f.start.line}:${f.ruleId}`;
    byLine.set(k, f);
    for (const r of f.relatedLocations ?? []) if (r.file === f.file) alsoByLine.set(`${r.start.line}:${f.ruleId}`, f);
  }
  const entry = (rule) => {
    if (!ledger.has(rule)) ledger.set(rule, { flagged: 0, hits: 0, clean: 0, cleanOk: 0, knownMiss: 0, knownFalseAlarm: 0 });
    return ledger.get(rule);
  };
  const covered = new Set();
  for (const a of anns) {
    const key = `${a.line}:${a.rule}`;
    const found = byLine.has(key);
    const e = entry(a.rule);
    const where = `${file}:${a.line} (annotation on line ${a.at})`;
    switch (a.kind) {
      case "expect":
        e.flagged++;
        covered.add(key);
        if (found) e.hits++;
        else failures.push(`${where}: expected ${a.rule}, not reported`);
        break;
      case "expect-also":
        // A flagged case all the same: reported as a related location of the finding at the first call.
        e.flagged++;
        if (alsoByLine.has(key)) e.hits++;
        else failures.push(`${where}: expected ${a.rule} as a related location (another call reaching the same sink), not reported${found ? " (reported as a finding of its own)" : ""}`);
        if (found) covered.add(key);
        break;
      case "expect-clean":
        e.clean++;
        if (found || alsoByLine.has(key)) failures.push(`${where}: ${a.rule} reported on a line marked clean: ${(byLine.get(key) ?? alsoByLine.get(key)).message}`);
        else e.cleanOk++;
        break;
      case "known-miss":
        e.flagged++;
        e.knownMiss++;
        covered.add(key);
        if (found) failures.push(`${where}: known miss for ${a.rule} is now reported: promote the marker to llmsafe-expect`);
        break;
      case "known-false-alarm":
        e.clean++;
        e.knownFalseAlarm++;
        covered.add(key);
        if (!found) failures.push(`${where}: known false alarm for ${a.rule} is no longer reported: promote the marker to llmsafe-expect-clean`);
        break;
    }
  }
  for (const [key, f] of byLine) {
    if (!covered.has(key)) failures.push(`${file}:${f.start.line}: unannotated ${f.ruleId}: ${f.message}`);
  }
}
