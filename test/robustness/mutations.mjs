// Source-text mutations for the engine fuzz: each is a fast-check arbitrary of a small
// description ({ kind, ...numbers }) plus one pure function that applies it to a text, so a
// failing case prints as data and replays without fast-check.
import fc from "fast-check";

/** Characters and fragments that stress a JS/TS/JSX parser and our scope and taint walk. */
const SNIPPETS = [
  "{", "}", "(", ")", "[", "]", "<", ">", "`", "${", "'", '"', "/", "/*", "*/", "//", "\\", ";", ",", "=>", "...",
  "<div>", "</div>", "<>", "</>", "<T,>", "{/*", "*/}", "as any", "!", "?.", "??=", "#priv", "@dec", "enum E {", "declare module 'x' {",
  "function f(", "class C extends (", "async function* g() { yield* ", "export default ", "import(", "require(", "import x from './x';",
  "await openai.chat.completions.create({ model: 'm', messages: [{ role: 'system', content: req.body.x }] });",
  "eval(", "exec(`${", "new Function(", "JSON.parse(", "req.query.q", "process.env.OPENAI_API_KEY",
  "\u0000", "\uFEFF", "\r", "\r\n", "\u2028", "\u2029", "\uD800", "\uDFFF", "\uFFFD", "\u202E", "é", "😀", "\t", "\v", "\f",
  "// llmsafe-disable-next-line", "/* llmsafe-disable */", "// llmsafe-disable-line no-such-rule --",
];

const CHARS = fc.oneof(
  fc.constantFrom(..."{}()[]<>`$'\"/\\;:,.=!?*&|#@\n\r\t\u0000\uFEFF\uD800\uDC00\u2028"),
  fc.string({ unit: "binary", minLength: 1, maxLength: 3 }),
);

const NESTERS = [
  ["(", ")"], ["[", "]"], ["{", "}"], ["f(", ")"], ["() => (", ")"], ["function a(x) { return ", " }"], ["if (x) { ", " }"],
  ["`${", "}`"], ["<div>{", "}</div>"], ["x ? (", ") : y"], ["-", ""], ["!", ""], ["await ", ""], ["a + (", ")"], ["{ a: ", " }"],
];

const at = fc.nat({ max: 1_000_000 }); // a position, taken modulo the text's length

export const mutationArb = fc.oneof(
  fc.record({ kind: fc.constant("truncate"), at }),
  fc.record({ kind: fc.constant("flip"), at, ch: CHARS }),
  fc.record({ kind: fc.constant("insert"), at, snippet: fc.constantFrom(...SNIPPETS) }),
  fc.record({ kind: fc.constant("delete"), at, len: fc.integer({ min: 1, max: 200 }) }),
  fc.record({ kind: fc.constant("duplicate"), at, len: fc.integer({ min: 1, max: 300 }), to: at }),
  fc.record({ kind: fc.constant("nest"), at, depth: fc.integer({ min: 1, max: 400 }), nester: fc.nat({ max: NESTERS.length - 1 }) }),
  fc.record({ kind: fc.constant("template"), at, parts: fc.integer({ min: 1, max: 400 }), width: fc.integer({ min: 0, max: 2000 }) }),
  fc.record({ kind: fc.constant("jsx"), at, tags: fc.integer({ min: 1, max: 200 }), close: fc.boolean() }),
  fc.record({ kind: fc.constant("bytes"), at, count: fc.integer({ min: 1, max: 8 }), byte: fc.integer({ min: 0x80, max: 0xff }) }),
  fc.record({ kind: fc.constant("bom") }),
  fc.record({ kind: fc.constant("newlines"), style: fc.constantFrom("\r\n", "\r", "\u2028", "\n\n\n") }),
  fc.record({ kind: fc.constant("longline"), at, width: fc.integer({ min: 1000, max: 20_000 }) }),
  fc.record({ kind: fc.constant("oneline") }),
  fc.record({ kind: fc.constant("noise"), at, text: fc.string({ unit: "binary", maxLength: 40 }) }),
);

const pos = (text, n) => (text.length ? n % (text.length + 1) : 0);
const splice = (text, i, del, ins) => text.slice(0, i) + ins + text.slice(i + del);

/** Applies one mutation; every branch is total (any text, any numbers). */
export function applyMutation(text, m) {
  const i = pos(text, m.at ?? 0);
  switch (m.kind) {
    case "truncate": return text.slice(0, i);
    case "flip": return splice(text, i, 1, m.ch);
    case "insert": return splice(text, i, 0, m.snippet);
    case "delete": return splice(text, i, m.len, "");
    case "duplicate": return splice(text, pos(text, m.to), 0, text.slice(i, i + m.len));
    case "nest": {
      const [open, close] = NESTERS[m.nester];
      // Wrap the expression-ish tail of the line at i, so some nests stay valid code.
      const end = text.indexOf("\n", i) === -1 ? text.length : text.indexOf("\n", i);
      return text.slice(0, i) + open.repeat(m.depth) + text.slice(i, end) + close.repeat(m.depth) + text.slice(end);
    }
    case "template": {
      const lit = "`" + Array.from({ length: m.parts }, (_, k) => "x".repeat(k === 0 ? m.width : 1) + "${req.body.p" + (k % 7) + "}").join("") + "`";
      return splice(text, i, 0, `\nconst big = ${lit};\n`);
    }
    case "jsx": return splice(text, i, 0, (m.close ? "</div>" : "<div>").repeat(m.tags));
    case "bytes": {
      // Invalid UTF-8 as a file read with readFileSync(path, "utf8") would decode it.
      const buf = Buffer.from(text, "utf8");
      if (!buf.length) return Buffer.from([m.byte]).toString("utf8");
      const j = i % buf.length;
      for (let k = 0; k < m.count && j + k < buf.length; k++) buf[j + k] = (m.byte + k * 17) & 0xff;
      return buf.toString("utf8");
    }
    case "bom": return "\uFEFF" + text;
    case "newlines": return text.replace(/\n/g, m.style);
    case "longline": return splice(text, i, 0, "/*" + "ab ".repeat(Math.floor(m.width / 3)) + "*/");
    case "oneline": return text.replace(/\r?\n/g, " ");
    case "noise": return splice(text, i, 0, m.text);
    default: throw new Error(`unknown mutation ${m.kind}`);
  }
}

export const applyAll = (text, mutations) => mutations.reduce(applyMutation, text);
