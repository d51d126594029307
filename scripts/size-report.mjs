// Size report: the largest source files under server/src/ and rules/, and the longest functions
// (declarations, methods, arrow functions and function expressions, counted from the line a
// function starts on to the line it ends on). test/architecture.test.mjs runs it and fails on a
// file over MAX_FILE_LINES or a function over MAX_FUNCTION_LINES that is not in its allowance.
// usage: node scripts/size-report.mjs [top]   (prints the top N of each, 5 by default)
import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "@typescript-eslint/typescript-estree";
import { visitorKeys } from "@typescript-eslint/visitor-keys";

export const REPO = fileURLToPath(new URL("..", import.meta.url));
export const MAX_FILE_LINES = 800;
export const MAX_FUNCTION_LINES = 120;
const SOURCE_RE = /\.(?:[cm]?[jt]sx?)$/;

/** Source files under the given folders of the repository, as sorted repo-relative paths. */
export function sourceFiles(dirs = ["server/src", "rules"]) {
  const out = [];
  const walk = (dir) => {
    for (const e of readdirSync(join(REPO, dir), { withFileTypes: true })) {
      const rel = `${dir}/${e.name}`;
      if (e.isDirectory()) walk(rel);
      else if (SOURCE_RE.test(e.name) && !e.name.endsWith(".d.ts")) out.push(rel);
    }
  };
  for (const d of dirs) walk(d);
  return out.sort();
}

/** A file's text and tree (with locations), parsed as the engine parses it. */
export function parseFile(rel) {
  const text = readFileSync(join(REPO, rel), "utf8");
  const ast = parse(text, { loc: true, range: true, comment: false, jsx: /x$/.test(rel) });
  return { text, ast };
}

/** Calls `visit(node, parent)` for every node of a tree, children after their parent. */
export function walkTree(node, visit, parent = null) {
  visit(node, parent);
  for (const key of visitorKeys[node.type] ?? []) {
    const child = node[key];
    if (Array.isArray(child)) { for (const c of child) if (c && typeof c.type === "string") walkTree(c, visit, node); }
    else if (child && typeof child.type === "string") walkTree(child, visit, node);
  }
}

const FUNCTION_TYPES = new Set(["FunctionDeclaration", "FunctionExpression", "ArrowFunctionExpression"]);

function keyName(key) {
  if (!key) return null;
  if (key.type === "Identifier" || key.type === "PrivateIdentifier") return key.name;
  if (key.type === "Literal") return String(key.value);
  return null;
}

/** A function's name as a reader finds it: `name`, `Class.method`, the variable or property it is assigned to. */
function functionName(fn, parent, classOf) {
  if (fn.id?.name) return fn.id.name;
  if (!parent) return "(anonymous)";
  if (parent.type === "MethodDefinition" || parent.type === "PropertyDefinition") {
    const cls = classOf.get(parent);
    const name = keyName(parent.key) ?? "(computed)";
    return cls ? `${cls}.${name}` : name;
  }
  if (parent.type === "Property") return keyName(parent.key) ?? "(computed)";
  if (parent.type === "VariableDeclarator" && parent.id.type === "Identifier") return parent.id.name;
  if (parent.type === "AssignmentExpression") return parent.left.type === "MemberExpression" ? keyName(parent.left.property) ?? "(anonymous)" : parent.left.name ?? "(anonymous)";
  return "(anonymous)";
}

/** Lines and functions of one file: { file, lines, functions: [{ file, name, line, lines }] }. */
export function measureFile(rel) {
  const { text, ast } = parseFile(rel);
  const lines = text.endsWith("\n") ? text.split("\n").length - 1 : text.split("\n").length;
  const classOf = new Map();
  const functions = [];
  walkTree(ast, (node, parent) => {
    if (node.type === "ClassBody") {
      const cls = parent?.id?.name ?? "(class)";
      for (const m of node.body) classOf.set(m, cls);
    }
    if (FUNCTION_TYPES.has(node.type)) {
      functions.push({ file: rel, name: functionName(node, parent, classOf), line: node.loc.start.line, lines: node.loc.end.line - node.loc.start.line + 1 });
    }
  });
  return { file: rel, lines, functions };
}

/** Every file measured, largest first, and every function, longest first. */
export function sizeReport(files = sourceFiles()) {
  const measured = files.map(measureFile);
  return {
    files: measured.map(({ file, lines }) => ({ file, lines })).sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file)),
    functions: measured.flatMap((m) => m.functions).sort((a, b) => b.lines - a.lines || a.file.localeCompare(b.file) || a.line - b.line),
  };
}

/** The key an allowance names a function by: `file:name`. */
export const functionKey = (f) => `${f.file}:${f.name}`;

/** The report's top `n` of each, as printable lines. */
export function formatTop(report, n = 5) {
  return [
    `largest files (limit ${MAX_FILE_LINES} lines):`,
    ...report.files.slice(0, n).map((f) => `  ${String(f.lines).padStart(5)}  ${f.file}`),
    `longest functions (limit ${MAX_FUNCTION_LINES} lines):`,
    ...report.functions.slice(0, n).map((f) => `  ${String(f.lines).padStart(5)}  ${functionKey(f)} (line ${f.line})`),
  ].join("\n");
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(formatTop(sizeReport(), Number(process.argv[2] ?? 5)));
}
