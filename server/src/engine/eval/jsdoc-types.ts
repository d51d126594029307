// JSDoc type expressions (`() => Promise<GoogleGenerativeAI.GenerateContentResponse>`,
// `{ reply: OpenAI.ChatCompletion }`, `import("openai").ChatCompletion[]`) read into the node shapes
// typescript-estree gives a TypeScript annotation, so eval/declared-output.ts walks both alike.
// A small reader of its own rather than the parser: the parser is not bundled where the engine's
// shared modules go without it (the MCP bundle), and a doc comment needs only this much.
// What it does not know (literals, conditional and mapped types) reads as a type naming nothing.
import type { TSESTree } from "@typescript-eslint/typescript-estree";

type TypeNode = TSESTree.TypeNode;
const TOKEN_RE = /\s*(=>|\.\.\.|"(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[A-Za-z_$][\w$]*|\d+|\S)/y;
const OTHER = { type: "TSUnknownKeyword" } as TypeNode;

class Reader {
  private readonly tokens: string[] = [];
  private i = 0;
  constructor(text: string) {
    TOKEN_RE.lastIndex = 0;
    for (let m = TOKEN_RE.exec(text); m; m = TOKEN_RE.exec(text)) this.tokens.push(m[1]);
  }
  peek(k = 0): string | undefined { return this.tokens[this.i + k]; }
  next(): string | undefined { return this.tokens[this.i++]; }
  eat(t: string): boolean { if (this.peek() !== t) return false; this.i++; return true; }
  get done(): boolean { return this.i >= this.tokens.length; }

  type(depth: number): TypeNode {
    if (depth > 20) throw new Error("too deep");
    const union = [this.intersection(depth)];
    while (this.eat("|")) union.push(this.intersection(depth));
    return union.length === 1 ? union[0] : ({ type: "TSUnionType", types: union } as unknown as TypeNode);
  }

  private intersection(depth: number): TypeNode {
    const parts = [this.postfix(depth)];
    while (this.eat("&")) parts.push(this.postfix(depth));
    return parts.length === 1 ? parts[0] : ({ type: "TSIntersectionType", types: parts } as unknown as TypeNode);
  }

  private postfix(depth: number): TypeNode {
    let t = this.primary(depth + 1);
    while (this.peek() === "[" && this.peek(1) === "]") { this.i += 2; t = { type: "TSArrayType", elementType: t } as unknown as TypeNode; }
    return t;
  }

  /** Skips to the bracket closing the one just read (`(`, `<`, `{`, `[`). */
  private skipGroup(open: string, close: string): void {
    let depth = 1;
    while (!this.done && depth) { const t = this.next(); if (t === open) depth++; else if (t === close) depth--; }
  }

  private func(depth: number): TypeNode {
    // After the parameters: `=> T` (TypeScript) or `: T` (Closure's `function(...): T`).
    const ret = this.eat("=>") || this.eat(":") ? this.type(depth) : OTHER;
    return { type: "TSFunctionType", params: [], returnType: { type: "TSTypeAnnotation", typeAnnotation: ret } } as unknown as TypeNode;
  }

  private primary(depth: number): TypeNode {
    while (this.eat("?") || this.eat("!") || this.eat("...")) { /* nullable, non-null, rest markers */ }
    const t = this.next();
    if (t === undefined) throw new Error("type ended early");
    if (t === "(") {
      // A function's parameters (when `=>` follows the group) or a parenthesised type.
      const at = this.i;
      this.skipGroup("(", ")");
      if (this.peek() === "=>") return this.func(depth);
      this.i = at;
      const inner = this.type(depth);
      this.eat(")");
      return inner;
    }
    if (t === "function" && this.eat("(")) { this.skipGroup("(", ")"); return this.func(depth); }
    if (t === "new" && this.eat("(")) { this.skipGroup("(", ")"); return this.func(depth); }
    if (t === "{") return this.literal(depth);
    if (t === "import" && this.eat("(")) {
      const spec = this.next() ?? "";
      this.skipGroup("(", ")");
      const names = this.dotted();
      const literal = { type: "Literal", value: spec.slice(1, -1) };
      return { type: "TSImportType", argument: { type: "TSLiteralType", literal }, qualifier: names.length ? entityName(names) : null } as unknown as TypeNode;
    }
    if (/^[A-Za-z_$]/.test(t)) {
      const names = [t, ...this.dotted()];
      let typeArguments: { params: TypeNode[] } | undefined;
      if (this.eat("<")) {
        const params = [this.type(depth)];
        while (this.eat(",")) params.push(this.type(depth));
        this.eat(">");
        typeArguments = { params };
      }
      return { type: "TSTypeReference", typeName: entityName(names), typeArguments } as unknown as TypeNode;
    }
    if (t === "[") { this.skipGroup("[", "]"); return OTHER; }
    return OTHER;
  }

  /** `.a.b` after a name. */
  private dotted(): string[] {
    const out: string[] = [];
    while (this.peek() === "." && /^[A-Za-z_$]/.test(this.peek(1) ?? "")) { this.i++; out.push(this.next()!); }
    return out;
  }

  /** `{ a: T, b?: U; c }`: the members with a type. */
  private literal(depth: number): TypeNode {
    const members: unknown[] = [];
    while (!this.done && !this.eat("}")) {
      const key = this.next()!;
      this.eat("?");
      if (/^[A-Za-z_$]/.test(key) && this.eat(":")) {
        members.push({ type: "TSPropertySignature", computed: false, key: { type: "Identifier", name: key }, typeAnnotation: { type: "TSTypeAnnotation", typeAnnotation: this.type(depth) } });
      } else if (key === "{" || key === "(" || key === "[" || key === "<") this.skipGroup(key, { "{": "}", "(": ")", "[": "]", "<": ">" }[key]!);
      this.eat(",") || this.eat(";");
    }
    return { type: "TSTypeLiteral", members } as unknown as TypeNode;
  }
}

function entityName(names: string[]): TSESTree.EntityName {
  let n = { type: "Identifier", name: names[0] } as unknown as TSESTree.EntityName;
  for (const right of names.slice(1)) n = { type: "TSQualifiedName", left: n, right: { type: "Identifier", name: right } } as unknown as TSESTree.EntityName;
  return n;
}

/** A JSDoc type's text as a type node, or null when it cannot be read. */
export function readJsDocType(text: string): TypeNode | null {
  try {
    const r = new Reader(text);
    const t = r.type(0);
    return r.done ? t : null;
  } catch {
    return null;
  }
}
