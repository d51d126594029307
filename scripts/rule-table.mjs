// Prints the README's rule table from the rule metadata (run after `npm run build`):
//   node scripts/rule-table.mjs            print it
//   node scripts/rule-table.mjs --write    replace the table between the markers in README.md
import { readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";

const require = createRequire(import.meta.url);
const { rules } = require("../dist/engine.js");
const root = fileURLToPath(new URL("..", import.meta.url));

export function ruleTable() {
  const rows = rules.map((r) => `| [\`${r.id}\`](docs/rules/${r.id}.md) | ${r.meta.severity} | ${r.meta.description.replace(/^Report /, "").replace(/^./, (c) => c.toUpperCase())} | [§${r.meta.surveySection} ${r.meta.surveyTitle}](${r.meta.surveyUrl}) | ${r.meta.owasp.replace(/:2025[^,]*/g, "").replace(/, /g, ", ")} | ${r.meta.cwe.join(", ")} |`);
  return ["| rule | default | flags | survey section | OWASP LLM | CWE |", "|---|---|---|---|---|---|", ...rows].join("\n");
}

const START = "<!-- rule-table:start -->";
const END = "<!-- rule-table:end -->";
if (process.argv.includes("--write")) {
  const readme = readFileSync(`${root}README.md`, "utf8");
  const a = readme.indexOf(START), b = readme.indexOf(END);
  if (a < 0 || b < 0) throw new Error("README.md has no rule-table markers");
  writeFileSync(`${root}README.md`, readme.slice(0, a + START.length) + "\n" + ruleTable() + "\n" + readme.slice(b));
} else if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  console.log(ruleTable());
}
