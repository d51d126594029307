// Debug aid: prints a file with its findings and annotations interleaved.
// usage: node scripts/explain.mjs <file> [root]
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { resolve } from "node:path";
const require = createRequire(import.meta.url);
const { createProject, fsHost } = require("../dist/engine.js");
const file = resolve(process.argv[2]);
const root = resolve(process.argv[3] ?? "test-fixtures");
const project = createProject({ root, host: fsHost(root) });
const r = project.analyzeFile(file);
const lines = readFileSync(file, "utf8").split("\n");
const by = new Map();
for (const f of r.findings) by.set(f.start.line, [...(by.get(f.start.line) ?? []), f]);
lines.forEach((l, i) => {
  console.log(`${String(i + 1).padStart(4)} ${l}`);
  for (const f of by.get(i + 1) ?? []) console.log(`     >>> ${f.ruleId} @${f.start.column}: ${f.message.slice(0, 140)}${process.env.PATHS ? "\n" + f.path.map((p) => `         ${p.start.line}:${p.start.column} ${p.description}`).join("\n") : ""}`);
});
for (const n of r.notices) console.log(`NOTICE ${n.kind} ${n.start.line}: ${n.message}`);
