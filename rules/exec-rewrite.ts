// The exec -> execFile rewrite for llm-output-command-injection: only when the command is a
// template literal whose program is fixed (`git log ${x}`), so the rewrite keeps the program
// fixed and makes each interpolation exactly one argument, with no shell in between.

/** The words of a shell command written as a template literal, or null when it is not that simple. */
export function templateWords(src: string): { program: string; args: string[] } | null {
  if (src.length < 2 || src[0] !== "`" || src[src.length - 1] !== "`") return null;
  // Split into static text and ${...} expressions (braces balanced; strings inside expressions
  // are not expected in a command template, and a brace inside one makes us give up).
  const parts: ({ text: string } | { expr: string })[] = [];
  let i = 1;
  let text = "";
  while (i < src.length - 1) {
    if (src[i] === "$" && src[i + 1] === "{") {
      parts.push({ text });
      text = "";
      let depth = 1;
      let j = i + 2;
      for (; j < src.length - 1 && depth; j++) {
        if (src[j] === "{") depth++;
        else if (src[j] === "}") depth--;
        else if (src[j] === "`" || src[j] === "'" || src[j] === '"') return null;
      }
      if (depth) return null;
      parts.push({ expr: src.slice(i + 2, j - 1).trim() });
      i = j;
    } else text += src[i++];
  }
  parts.push({ text });
  // Anything the shell would interpret (quotes, escapes, operators, globs, expansions) means the
  // command does not split into words the way this rewrite would split it.
  if (parts.some((p) => "text" in p && /["'\\|;&<>$(){}*?~[\]!#`\n]/.test(p.text))) return null;
  const words: ({ text: string } | { expr: string })[][] = [[]];
  for (const p of parts) {
    if ("expr" in p) { words[words.length - 1].push(p); continue; }
    const pieces = p.text.split(/[ \t]+/);
    pieces.forEach((piece, k) => {
      if (k > 0 && words[words.length - 1].length) words.push([]);
      if (piece) words[words.length - 1].push({ text: piece });
    });
  }
  const nonEmpty = words.filter((w) => w.length);
  const first = nonEmpty[0];
  if (!first || first.length !== 1 || !("text" in first[0]) || !/^[\w./@+-]+$/.test(first[0].text)) return null;
  const args = nonEmpty.slice(1).map((w) => {
    if (w.every((p) => "text" in p)) return JSON.stringify(w.map((p) => (p as { text: string }).text).join(""));
    if (w.length === 1) return `String(${(w[0] as { expr: string }).expr})`;
    return "`" + w.map((p) => ("text" in p ? p.text : `\${${p.expr}}`)).join("") + "`";
  });
  return { program: first[0].text, args };
}

/**
 * The edit that adds `name` to the file's named import or destructured require of
 * child_process, or null when there is none to extend (then the rewrite is not offered).
 */
export function addChildProcessImport(fileText: string, name: string): { start: number; end: number; text: string } | null {
  const re = /(import\s*\{|(?:const|let|var)\s*\{)([^}]*)\}\s*(?:from\s*["'](?:node:)?child_process["']|=\s*require\(\s*["'](?:node:)?child_process["']\s*\))/g;
  for (const m of fileText.matchAll(re)) {
    const names = m[2].split(",").map((s) => s.trim().split(/\s+as\s+|\s*:\s*/)[0]).filter(Boolean);
    if (names.includes(name)) return { start: 0, end: 0, text: "" };
    const inner = m[2].replace(/\s*,?\s*$/, "");
    const start = m.index! + m[1].length;
    return { start, end: start + m[2].length, text: `${inner}, ${name}${/\s$/.test(m[2]) ? " " : ""}` };
  }
  return null;
}
