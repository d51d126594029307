// Vue and Svelte single-file components, read without a compiler: their script blocks become the
// file's module (everything else blanked to spaces, newlines kept, so every offset is the file's
// own), and the template's HTML sinks (Vue `v-html`, Svelte `{@html}`) are listed with the loop
// aliases (`v-for`, `{#each}`) in force where they sit. A few dozen lines of scanning: a compiler
// package would cost megabytes of the extension and run code paths llmsafe does not need.
/** Extensions of single-file components (the file walks, the LSP and the parser ask this). */
export const COMPONENT_EXTENSIONS: readonly string[] = [".vue", ".svelte"];

export function isComponentFile(path: string): boolean {
  const lower = path.toLowerCase();
  return lower.endsWith(".vue") || lower.endsWith(".svelte");
}

export interface Span { start: number; end: number }
/** `v-for="m in messages"` / `{#each messages as m}`: `m` stands for an element of `messages`. */
export interface LoopAlias { alias: Span; source: Span }
export interface TemplateSink { expr: Span; api: string; loops: LoopAlias[] }

export interface ComponentText {
  /** The script blocks at their offsets, everything else spaces (newlines kept). */
  script: string;
  /** Some script block says `lang="ts"` (parsed as TypeScript), else JavaScript. */
  typescript: boolean;
  /** `<!-- ... -->` comments of the markup: their text is where template suppressions live. */
  htmlComments: (Span & { value: string })[];
  templateSinks: TemplateSink[];
  /** The script blocks' contents; `template`: its top-level bindings are what the template reads (Vue `<script setup>`, Svelte's instance script). */
  scripts: (Span & { template: boolean })[];
}

const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"]);
/** Vue attributes whose value is an expression set as the element's HTML. */
const VUE_HTML_ATTRS = new Set(["v-html", ":innerhtml", "v-bind:innerhtml", ":inner-html", "v-bind:inner-html"]);

/** End of a `{ ... }` starting at `i` (the index just past its closing brace), strings and nesting followed. */
function braceEnd(text: string, i: number): number {
  let depth = 0;
  for (let j = i; j < text.length; j++) {
    const c = text[j];
    if (c === "'" || c === '"' || c === "`") {
      for (j++; j < text.length && text[j] !== c; j++) if (text[j] === "\\") j++;
    } else if (c === "{") depth++;
    else if (c === "}" && --depth === 0) return j + 1;
  }
  return text.length;
}

/** `(item, index)`, `item`, `{ content }`: the first alias of a loop, trimmed, as a span. */
function firstAlias(text: string, start: number, end: number): Span {
  let s = start, e = end;
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  if (text[s] === "(" && text[e - 1] === ")") { s++; e--; }
  let depth = 0;
  for (let j = s; j < e; j++) {
    if ("{[(".includes(text[j])) depth++;
    else if ("}])".includes(text[j])) depth--;
    else if (text[j] === "," && depth === 0) { e = j; break; }
  }
  while (s < e && /\s/.test(text[s])) s++;
  while (e > s && /\s/.test(text[e - 1])) e--;
  return { start: s, end: e };
}

function trimmed(text: string, start: number, end: number): Span {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** Reads a component's text: its module text and its template sinks. Never throws. */
export function readComponent(file: string, text: string): ComponentText {
  const svelte = file.toLowerCase().endsWith(".svelte");
  const kept: Span[] = [];
  const out: ComponentText = { script: "", typescript: false, htmlComments: [], templateSinks: [], scripts: [] };
  const stack: { name: string; loops: LoopAlias[] }[] = [];
  const loopsHere = () => stack.flatMap((s) => s.loops);
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (text.startsWith("<!--", i)) {
      const end = text.indexOf("-->", i + 4);
      const stop = end < 0 ? text.length : end + 3;
      out.htmlComments.push({ start: i, end: stop, value: text.slice(i + 4, end < 0 ? text.length : end) });
      i = stop;
    } else if (c === "<" && text[i + 1] === "/") {
      const m = /^<\/([\w:.-]+)\s*>?/.exec(text.slice(i, i + 200));
      const name = m?.[1].toLowerCase();
      const at = name ? stack.map((s) => s.name).lastIndexOf(name) : -1;
      if (at >= 0) stack.length = at;
      i += m ? m[0].length : 2;
    } else if (c === "<" && /[a-zA-Z]/.test(text[i + 1] ?? "")) {
      i = readTag(text, i, svelte, stack, loopsHere, out, kept);
    } else if (svelte && c === "{") {
      const end = braceEnd(text, i);
      readSvelteBlock(text, i, end, stack, loopsHere, out);
      i = end;
    } else i++;
  }
  let script = "";
  let at = 0;
  for (const k of kept) {
    script += text.slice(at, k.start).replace(/[^\n\r]/g, " ") + text.slice(k.start, k.end);
    at = k.end;
  }
  out.script = script + text.slice(at).replace(/[^\n\r]/g, " ");
  return out;
}

/** One start tag at `i`: a script block kept, a style block skipped, sink and loop attributes read. Returns where scanning goes on. */
function readTag(text: string, i: number, svelte: boolean, stack: { name: string; loops: LoopAlias[] }[], loopsHere: () => LoopAlias[], out: ComponentText, kept: Span[]): number {
  const name = /^<([\w:.-]+)/.exec(text.slice(i, i + 100))![1];
  const lower = name.toLowerCase();
  let j = i + 1 + name.length;
  const attrs: { name: string; value: Span | null }[] = [];
  while (j < text.length && text[j] !== ">" && !(text[j] === "/" && text[j + 1] === ">")) {
    if (svelte && text[j] === "{") { j = braceEnd(text, j); continue; }
    const m = /^[^\s=>/"'{]+/.exec(text.slice(j, j + 200));
    if (!m) { j++; continue; }
    const attr = m[0];
    j += attr.length;
    let k = j;
    while (/\s/.test(text[k] ?? "")) k++;
    let value: Span | null = null;
    if (text[k] === "=") {
      k++;
      while (/\s/.test(text[k] ?? "")) k++;
      const q = text[k];
      if (q === '"' || q === "'") {
        const close = text.indexOf(q, k + 1);
        value = { start: k + 1, end: close < 0 ? text.length : close };
        j = value.end + 1;
      } else if (svelte && q === "{") {
        const end = braceEnd(text, k);
        value = { start: k + 1, end: end - 1 };
        j = end;
      } else {
        const m2 = /^[^\s>]*/.exec(text.slice(k, k + 500))!;
        value = { start: k, end: k + m2[0].length };
        j = value.end;
      }
    }
    attrs.push({ name: attr.toLowerCase(), value });
  }
  const selfClosing = text[j] === "/";
  const tagEnd = Math.min(text.length, j + (selfClosing ? 2 : 1));
  const attr = (n: string) => attrs.find((a) => a.name === n)?.value;
  // Raw-text elements: a top-level <script> is the component's module; their content is no markup.
  if (lower === "script" || lower === "style" || lower === "textarea" || lower === "title") {
    const close = text.toLowerCase().indexOf(`</${lower}`, tagEnd);
    const end = close < 0 ? text.length : close;
    const type = attr("type") ? text.slice(attr("type")!.start, attr("type")!.end).toLowerCase() : "";
    const isCode = !attr("src") && (!type || /^(module|text\/javascript|application\/javascript|text\/typescript|ts|typescript)$/.test(type));
    if (lower === "script" && stack.length === 0 && isCode && !selfClosing) {
      kept.push({ start: tagEnd, end });
      const context = attr("context");
      const template = svelte ? !attrs.some((a) => a.name === "module") && !(context && text.slice(context.start, context.end) === "module") : attrs.some((a) => a.name === "setup");
      out.scripts.push({ start: tagEnd, end, template });
      const lang = attr("lang");
      if (lang && /^(ts|tsx|typescript)$/i.test(text.slice(lang.start, lang.end))) out.typescript = true;
    }
    return selfClosing ? tagEnd : end;
  }
  const loops: LoopAlias[] = [];
  const vFor = !svelte && attr("v-for");
  if (vFor) {
    const m = /^([\s\S]*?)\s+(?:in|of)\s+([\s\S]+)$/.exec(text.slice(vFor.start, vFor.end));
    if (m) loops.push({ alias: firstAlias(text, vFor.start, vFor.start + m[1].length), source: trimmed(text, vFor.end - m[2].length, vFor.end) });
  }
  if (!svelte) {
    for (const a of attrs) {
      if (VUE_HTML_ATTRS.has(a.name) && a.value) out.templateSinks.push({ expr: trimmed(text, a.value.start, a.value.end), api: a.name === "v-html" ? "v-html" : a.name, loops: [...loopsHere(), ...loops] });
    }
  }
  if (!selfClosing && !VOID.has(lower)) stack.push({ name: lower, loops });
  return tagEnd;
}

/** A Svelte `{...}` between `start` and `end`: `{@html x}` is a sink, `{#each xs as x}` opens a loop, `{/each}` closes it. */
function readSvelteBlock(text: string, start: number, end: number, stack: { name: string; loops: LoopAlias[] }[], loopsHere: () => LoopAlias[], out: ComponentText): void {
  const inner = text.slice(start + 1, end - 1);
  const html = /^\s*@html\s/.exec(inner);
  if (html) {
    out.templateSinks.push({ expr: trimmed(text, start + 1 + html[0].length, end - 1), api: "{@html}", loops: loopsHere() });
    return;
  }
  const each = /^(\s*#each\s+)([\s\S]+?)\s+as\s+([\s\S]+?)\s*(?:\([\s\S]*\))?\s*$/.exec(inner);
  if (each) {
    const src = start + 1 + each[1].length;
    const aliasAt = inner.indexOf(each[3], each[1].length + each[2].length) + start + 1;
    stack.push({ name: "{#each}", loops: [{ alias: firstAlias(text, aliasAt, aliasAt + each[3].length), source: trimmed(text, src, src + each[2].length) }] });
  } else if (/^\s*#each\b/.test(inner)) stack.push({ name: "{#each}", loops: [] });
  else if (/^\s*\/each\s*$/.test(inner)) {
    const at = stack.map((s) => s.name).lastIndexOf("{#each}");
    if (at >= 0) stack.length = at;
  }
}

/**
 * Where a fix may add an import in a component: the start of the script block holding `at`, else of
 * the script the template reads; null when there is none (a Vue options-API `<script>`'s imports are
 * not visible to its template). Undefined when the file is no component.
 */
export function componentImportOffset(file: string, text: string, at?: number): number | null | undefined {
  if (!isComponentFile(file)) return undefined;
  const { scripts } = readComponent(file, text);
  const block = scripts.find((s) => at !== undefined && s.start <= at && at <= s.end) ?? scripts.find((s) => s.template);
  return block ? block.start : null;
}

/** Whether `offset` of a Vue or Svelte component lies in its markup (outside every script block): comments there are `<!-- -->`. */
export function inComponentMarkup(file: string, text: string, offset: number): boolean {
  return isComponentFile(file) && !readComponent(file, text).scripts.some((s) => s.start <= offset && offset < s.end);
}
