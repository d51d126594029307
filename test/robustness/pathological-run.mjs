// One pathological workspace, generated in memory and analysed in this process, which the test
// starts with a capped heap: `node pathological-run.mjs <case> <timeBudgetMs> [maxFileSize]`. Prints one JSON
// line: elapsed time, peak RSS, and per file whether it was analysed or which notice explains
// why not. Run without arguments (as node --test does with every file here) it does nothing.
import { pathToFileURL } from "node:url";
import { engine } from "./support.mjs";

const ROUTE_HEAD = `import OpenAI from "openai";\nconst openai = new OpenAI();\n`;
const sinkOf = (expr) => `openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: ${expr} }] });\n`;

/** Each case: files (relative path -> text) and which files to ask about. */
export const CASES = {
  // 20,000 sequential derivations of one tainted value: a long, deep trail.
  "deep-propagation-chain": () => {
    const lines = [ROUTE_HEAD, "export async function POST(req: Request) {\n  const v0 = (await req.json()).persona;\n"];
    for (let i = 1; i <= 20_000; i++) lines.push(`  const v${i} = v${i - 1} + "-${i}";\n`);
    lines.push(`  return ${sinkOf("v20000")}}\n`);
    return { "chain.ts": lines.join("") };
  },
  // wrap(wrap(...wrap(x)...)) 3,000 deep: recursion in the expression walk.
  "deep-call-nesting": () => ({
    "nest.ts": `${ROUTE_HEAD}function wrap(s: string) { return "<" + s + ">"; }\nexport async function POST(req: Request) {\n  const p = (await req.json()).persona;\n  return ${sinkOf("wrap(".repeat(3_000) + "p" + ")".repeat(3_000))}}\n`,
  }),
  // a_{i+1} = `${a_i}${a_i}` 64 times: a value whose naive expansion is 2^64 long.
  "exponential-template-chain": () => {
    const lines = [ROUTE_HEAD, "export async function POST(req: Request) {\n  const a0 = (await req.json()).persona;\n"];
    for (let i = 1; i <= 64; i++) lines.push(`  const a${i} = \`\${a${i - 1}}:\${a${i - 1}}\`;\n  const b${i} = a${i} + a${i - 1} + a${i};\n`);
    lines.push(`  return ${sinkOf("a64 + b64")}}\n`);
    return { "expo.ts": lines.join("") };
  },
  // 10,000 functions, each calling the next: summaries 10,000 deep.
  "ten-thousand-functions": () => {
    const lines = [ROUTE_HEAD];
    for (let i = 0; i < 10_000; i++) lines.push(`function f${i}(x: string): unknown { return f${i + 1}(x + "${i % 10}"); }\n`);
    lines.push(`function f10000(x: string) { return ${sinkOf("x")}}\n`);
    lines.push("export async function POST(req: Request) { return f0((await req.json()).persona); }\n");
    return { "many.ts": lines.join("") };
  },
  // 100,000 generated lines with a flow at each end.
  "hundred-thousand-lines": () => {
    const lines = [ROUTE_HEAD, "export async function POST(req: Request) {\n  let acc = (await req.json()).persona;\n"];
    for (let i = 0; i < 99_990; i++) lines.push(i % 3 === 0 ? `  const k${i} = { id: ${i}, label: "item ${i}" };\n` : i % 3 === 1 ? `  if (acc.length > ${i}) acc = acc.slice(0, ${i});\n` : `  // generated line ${i}\n`);
    lines.push(`  return ${sinkOf("acc")}}\n`);
    return { "generated.ts": lines.join("") };
  },
  // 200 files importing each other in a ring, passing a tainted value all the way round.
  "import-cycle-200": () => {
    const files = {};
    for (let i = 0; i < 200; i++) {
      const next = (i + 1) % 200;
      files[`m${i}.ts`] = `${i === 0 ? ROUTE_HEAD : ""}import { pass${next} } from "./m${next}";\n` +
        `export function pass${i}(x: string, n: number): unknown { return n > 0 ? pass${next}(x + "${i}", n - 1) : ${i === 0 ? sinkOf("x") : "x"}; }\n` +
        (i === 0 ? "export async function POST(req: Request) { return pass0((await req.json()).persona, 400); }\n" : "");
    }
    return files;
  },
  // 1,000 mutually recursive functions in one file.
  "mutual-recursion-ring": () => {
    const lines = [ROUTE_HEAD];
    for (let i = 0; i < 1_000; i++) lines.push(`function r${i}(x: string, n: number): unknown { return n ? r${(i + 1) % 1_000}(x, n - 1) : ${sinkOf("x")}}\n`);
    lines.push("export async function POST(req: Request) { return r0((await req.json()).persona, 5); }\n");
    return { "ring.ts": lines.join("") };
  },
  // 40 sequential branches that each may reassign: 2^40 paths for a path-sensitive walk.
  "branch-explosion": () => {
    const lines = [ROUTE_HEAD, "export async function POST(req: Request) {\n  const body = await req.json();\n  let s = 'safe';\n"];
    for (let i = 0; i < 40; i++) lines.push(`  if (body.f${i}) { s = s + body.p${i}; } else { s = \`[\${s}]\`; }\n`);
    lines.push(`  return ${sinkOf("s")}}\n`);
    return { "branches.ts": lines.join("") };
  },
  // 5,000 nested arrow functions and blocks: recursion in the parser and the scope walk.
  "deep-function-nesting": () => ({
    "fns.ts": `${ROUTE_HEAD}export const h = ${"(x: string) => { return ".repeat(5_000)}${sinkOf("x").trim().replace(/;$/, "")}${"; }".repeat(5_000)};\n`,
  }),
  // A file over maxFileSize: skipped with a notice, not read into the parser.
  "over-max-file-size": () => ({ "huge.ts": ROUTE_HEAD + `export const blob = "${"x".repeat(3_000_000)}";\n` }),
};

if (process.argv[2] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const name = process.argv[2];
  const budget = Number(process.argv[3] ?? 2000);
  const files = CASES[name]();
  const map = new Map(Object.entries(files).map(([k, v]) => [`/app/${k}`, v]));
  const host = { readFile: (p) => map.get(p), fileExists: (p) => map.has(p) };
  const config = { ...engine.defaultConfig(), timeBudgetMs: budget };
  if (process.argv[4]) config.maxFileSize = Number(process.argv[4]);
  let peak = process.memoryUsage().rss;
  const sampler = setInterval(() => { peak = Math.max(peak, process.memoryUsage().rss); }, 10);
  const t0 = performance.now();
  const results = engine.createProject({ root: "/app", host, config }).analyzeAll([...map.keys()]);
  const ms = performance.now() - t0;
  clearInterval(sampler);
  peak = Math.max(peak, process.memoryUsage().rss);
  const bytes = [...map.values()].reduce((n, t) => n + t.length, 0);
  const lines = [...map.values()].reduce((n, t) => n + t.split("\n").length, 0);
  const out = {
    name, budget, maxFileSize: config.maxFileSize, ms: Math.round(ms), peakRssMb: Math.round(peak / 2 ** 20), files: map.size, bytes, lines,
    results: results.map((r) => ({ file: r.file, analysed: r.analysed, findings: r.findings.map((f) => f.ruleId), notices: r.notices.map((n) => ({ kind: n.kind, message: n.message })) })),
  };
  process.stdout.write(JSON.stringify(out) + "\n");
}
