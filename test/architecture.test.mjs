// Checks of the architecture, from the source itself:
// - the import graph: the engine (server/src/engine/) imports no rule (rules/) and no SDK model
//   (server/src/models/); it is given both (server/src/defaults.ts wires the built-in ones). A
//   rule or rule helper (rules/) imports nothing from server/ but the rule API
//   (server/src/engine/rule-api.ts).
// - sizes (scripts/size-report.mjs): no source file over 800 lines, no function over 120.
import assert from "node:assert/strict";
import { dirname, posix } from "node:path";
import { test } from "node:test";
import { formatTop, functionKey, MAX_FILE_LINES, MAX_FUNCTION_LINES, parseFile, sizeReport, sourceFiles, walkTree } from "../scripts/size-report.mjs";

const RULE_API = "server/src/engine/rule-api";

/** The module specifiers a tree names: static and dynamic imports, re-exports, import types, require(). */
function specifiers(ast) {
  const out = [];
  const literal = (n) => (n && n.type === "Literal" && typeof n.value === "string" ? out.push(n.value) : undefined);
  walkTree(ast, (n) => {
    switch (n.type) {
      case "ImportDeclaration": case "ExportNamedDeclaration": case "ExportAllDeclaration": case "ImportExpression":
        literal(n.source); break;
      case "TSImportType":
        literal(n.source ?? n.argument?.literal); break;
      case "TSExternalModuleReference":
        literal(n.expression); break;
      case "CallExpression":
        if (n.callee.type === "Identifier" && n.callee.name === "require") literal(n.arguments[0]); break;
    }
  });
  return out;
}

/** A relative specifier as a repo-relative module path without extension or /index; null for packages. */
function target(fromFile, spec) {
  if (!spec.startsWith(".")) return null;
  return posix.join(dirname(fromFile), spec).replace(/\.(?:[cm]?[jt]sx?|json)$/, "").replace(/\/index$/, "");
}

/** Every import edge of the given files: { from, to } with repo-relative paths. */
function importEdges(files) {
  const edges = [];
  for (const from of files) {
    for (const spec of specifiers(parseFile(from).ast)) {
      const to = target(from, spec);
      if (to) edges.push({ from, to });
    }
  }
  return edges;
}

/** Why an edge breaks the layering, or null when it is allowed. */
function violation({ from, to }) {
  if (from.startsWith("server/src/engine/")) {
    if (to === "rules" || to.startsWith("rules/")) return "the engine imports a rule: give it its rules (server/src/defaults.ts)";
    if (to === "server/src/models" || to.startsWith("server/src/models/")) return "the engine imports a model: give it its models (server/src/defaults.ts)";
  }
  if (from.startsWith("rules/") && (to === "server" || to.startsWith("server/")) && to !== RULE_API) {
    return `a rule imports from server/ other than the rule API (${RULE_API}.ts): export what it needs from there`;
  }
  return null;
}

/** Edges that break the layering and are not allowed for now, and allowances that match no edge. */
function badEdges(edges) {
  const bad = [];
  for (const e of edges) {
    const why = violation(e);
    if (why) bad.push(`${e.from} -> ${e.to}: ${why}`);
  }
  return bad;
}

test("import graph: the engine imports no rule nor model, rules import only the rule API from the engine", () => {
  const edges = importEdges(sourceFiles());
  assert.ok(edges.some((e) => e.from.startsWith("rules/") && e.to === RULE_API), "the scan found no rule importing the rule API: the check reads nothing");
  const bad = badEdges(edges);
  assert.deepEqual(bad, [], `imports that break the layering:\n${bad.join("\n")}`);
});

test("import graph check: each kind of bad edge fails, allowed ones pass", () => {
  const cases = [
    ["server/src/engine/project.ts", "rules/index", true],
    ["server/src/engine/value.ts", "rules/define", true],
    ["server/src/engine/analyzer.ts", "server/src/models/sql", true],
    ["server/src/engine/project.ts", "server/src/models", true],
    ["rules/system-prompt-injection.ts", "server/src/engine/types", true],
    ["rules/binding-at.ts", "server/src/engine/scope", true],
    ["rules/define.ts", "server/src/cli/format", true],
    ["rules/hardcoded-api-key.ts", RULE_API, false],
    ["rules/output-sink-rule.ts", "rules/define", false],
    ["server/src/defaults.ts", "rules/index", false],
    ["server/src/defaults.ts", "server/src/models", false],
    ["server/src/engine/project.ts", "server/src/engine/analyzer", false],
  ];
  for (const [from, to, bad] of cases) assert.equal(violation({ from, to }) !== null, bad, `${from} -> ${to}`);
  const edges = [{ from: "server/src/engine/analyzer.ts", to: "server/src/models/agency" }, { from: "server/src/engine/project.ts", to: "server/src/engine/value" }];
  assert.deepEqual(badEdges(edges).length, 1);
  // Every way of naming a module is read.
  const ast = parseFile("server/src/engine/rule-api.ts").ast;
  assert.ok(specifiers(ast).includes("./types"));
});

test("sizes: no file over 800 lines, no function over 120 (top 5 of each printed)", (t) => {
  const report = sizeReport();
  for (const line of formatTop(report, 5).split("\n")) t.diagnostic(line);
  assert.ok(report.functions.some((f) => f.name === "Project.analyzeFile"), "methods are measured");
  const files = report.files.filter((f) => f.lines > MAX_FILE_LINES).map((f) => f.file);
  const functions = report.functions.filter((f) => f.lines > MAX_FUNCTION_LINES).map(functionKey);
  assert.deepEqual([...files, ...functions], [], `over the limits (${MAX_FILE_LINES} lines a file, ${MAX_FUNCTION_LINES} a function): split them`);
});
