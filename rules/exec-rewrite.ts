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

/** Programs that run their arguments as code or as another command: never "no shell". */
const RUNS_ITS_ARGUMENTS = new Set([
  "sh", "bash", "zsh", "dash", "ksh", "fish", "csh", "tcsh", "cmd", "cmd.exe", "powershell", "pwsh",
  "node", "deno", "bun", "python", "python3", "perl", "ruby", "php", "lua", "osascript",
  "env", "npx", "xargs", "sudo", "su", "doas", "nohup", "nice", "timeout", "time", "watch", "ssh", "eval", "exec", "find", "awk", "sed",
]);

export function runsItsArguments(program: string): boolean {
  return RUNS_ITS_ARGUMENTS.has(program.replace(/^.*\//, "").toLowerCase());
}

const CHILD_PROCESS = `["'](?:node:)?child_process["']`;

/** Local names bound to child_process exports by `import { a, b as c }` / `const { a, b: c } = require(...)`. */
function namedBindings(fileText: string): { local: string; imported: string; listStart: number; listEnd: number }[] {
  const re = new RegExp(`(import\\s*\\{|(?:const|let|var)\\s*\\{)([^}]*)\\}\\s*(?:from\\s*${CHILD_PROCESS}|=\\s*require\\(\\s*${CHILD_PROCESS}\\s*\\))`, "g");
  const out: { local: string; imported: string; listStart: number; listEnd: number }[] = [];
  for (const m of fileText.matchAll(re)) {
    const listStart = m.index! + m[1].length;
    for (const spec of m[2].split(",").map((x) => x.trim()).filter(Boolean)) {
      const [imported, local] = spec.split(/\s+as\s+|\s*:\s*/).map((x) => x.trim());
      out.push({ imported, local: local ?? imported, listStart, listEnd: listStart + m[2].length });
    }
  }
  return out;
}

/** Whether `callee` (`exec`, `cp.exec`) is child_process's own function, not a wrapper like promisify(exec). */
export function isChildProcessCallee(fileText: string, callee: string): boolean {
  const dot = callee.lastIndexOf(".");
  if (dot < 0) return namedBindings(fileText).some((b) => b.local === callee && b.imported === callee);
  const ns = callee.slice(0, dot).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  if (ns.includes(".")) return false;
  return new RegExp(`import\\s+(?:\\*\\s+as\\s+)?${ns}\\s+from\\s*${CHILD_PROCESS}|(?:const|let|var)\\s+${ns}\\s*=\\s*require\\(\\s*${CHILD_PROCESS}\\s*\\)`).test(fileText);
}

/**
 * The edit that makes `name` callable under its own name: nothing when the file already binds
 * it from child_process under that name, otherwise `name` added to the named import or
 * destructured require. Null when there is none to extend (then the rewrite is not offered).
 */
export function addChildProcessImport(fileText: string, name: string): { start: number; end: number; text: string } | null {
  const bindings = namedBindings(fileText);
  if (bindings.some((b) => b.local === name && b.imported === name)) return { start: 0, end: 0, text: "" };
  // Some other local binding called `name` would clash.
  if (bindings.some((b) => b.local === name) || new RegExp(`\\b(?:const|let|var|function)\\s+${name}\\b`).test(fileText)) return null;
  const list = bindings[0];
  if (!list) return null;
  const inner = fileText.slice(list.listStart, list.listEnd);
  return { start: list.listStart, end: list.listEnd, text: `${inner.replace(/\s*,?\s*$/, "")}, ${name}${/\s$/.test(inner) ? " " : ""}` };
}
