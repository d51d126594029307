// Resource bounds of the language server: a generated workspace of 5,000 files scanned by the
// real server process (peak RSS from /proc, i.e. VmHWM), then 1,000 open/change/close cycles
// with the server's RSS before and after. Figures are for people; nothing is asserted.
// Usage: node bench/resources.mjs [files=5000] [cycles=1000]
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startSession, uriOf } from "../test/robustness/lsp-session.mjs";

const FILES = Number(process.argv[2] ?? 5000);
const CYCLES = Number(process.argv[3] ?? 1000);
const mb = (kb) => `${(kb / 1024).toFixed(0)} MB`;

/** VmRSS and VmHWM (peak) of a process, in kB. */
function memoryOf(pid) {
  const status = readFileSync(`/proc/${pid}/status`, "utf8");
  const field = (name) => Number(status.match(new RegExp(`^${name}:\\s+(\\d+) kB`, "m"))?.[1] ?? NaN);
  return { rss: field("VmRSS"), peak: field("VmHWM") };
}

/** Files of three kinds: routes that call a model, helpers they import, and plain modules. */
function generate(root, n) {
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const dir = join(root, "src", `m${Math.floor(i / 100)}`);
    mkdirSync(dir, { recursive: true });
    let text;
    if (i % 5 === 0) {
      text = `import OpenAI from "openai";\nimport { buildPrompt${i + 1} } from "./f${i + 1}";\nconst openai = new OpenAI();\n` +
        `export async function POST${i}(req: Request) {\n  const body = await req.json();\n  const res = await openai.chat.completions.create({ model: "m", messages: [{ role: "system", content: buildPrompt${i + 1}(body.persona) }] });\n  return new Response(res.choices[0].message.content);\n}\n`;
    } else if (i % 5 === 1) {
      text = `export function buildPrompt${i}(p: string) {\n  return \`You are \${p}. Answer briefly.\`;\n}\n`;
    } else {
      text = Array.from({ length: 30 }, (_, k) => `export function util${i}_${k}(a: number, b: number) { return a * ${k} + b - ${i}; }`).join("\n") + "\n";
    }
    bytes += text.length;
    writeFileSync(join(dir, `f${i}.ts`), text);
  }
  return bytes;
}

const root = mkdtempSync(join(tmpdir(), "llmsafe-resources-"));
try {
  const bytes = generate(root, FILES);
  console.log(`workspace: ${FILES} files, ${(bytes / 1e6).toFixed(1)} MB of source`);
  const t0 = performance.now();
  const session = await startSession({ root });
  const idle = memoryOf(session.proc.pid);
  const scanLog = await session.until(() => session.logs.find((l) => /workspace scan:/.test(l.message))?.message, "the workspace scan", 30 * 60_000);
  const scanned = memoryOf(session.proc.pid);
  console.log(`scan: ${scanLog.replace(/^llmsafe: /, "")} (${((performance.now() - t0) / 1000).toFixed(1)} s wall with start-up)`);
  console.log(`server RSS: ${mb(idle.rss)} idle after start, ${mb(scanned.rss)} after the scan, peak ${mb(scanned.peak)}`);

  // 1,000 open/change/close cycles over the routes (the files with cross-file flows).
  const before = memoryOf(session.proc.pid);
  const t1 = performance.now();
  for (let c = 0; c < CYCLES; c++) {
    const i = (c * 5) % FILES;
    const path = join(root, "src", `m${Math.floor(i / 100)}`, `f${i}.ts`);
    const uri = uriOf(path);
    const text = readFileSync(path, "utf8");
    const since = session.published.length;
    await session.open(uri, text, 1);
    await session.change(uri, 2, text + `\nexport const edit${c} = "${"x".repeat(c % 50)}";\n`);
    await session.diagnosticsAt(uri, 2, since, 60_000);
    await session.close(uri);
    if ((c + 1) % 250 === 0) console.log(`  after ${c + 1} cycles: RSS ${mb(memoryOf(session.proc.pid).rss)}`);
  }
  await session.hover(uriOf(join(root, "src", "m0", "f0.ts"))); // let the last close settle
  await new Promise((r) => setTimeout(r, 1000));
  const after = memoryOf(session.proc.pid);
  console.log(`open/change/close: ${CYCLES} cycles in ${((performance.now() - t1) / 1000).toFixed(1)} s; server RSS ${mb(before.rss)} before, ${mb(after.rss)} after (${after.rss >= before.rss ? "+" : ""}${mb(after.rss - before.rss)}), peak ${mb(after.peak)}`);
  await session.stop();
} finally {
  rmSync(root, { recursive: true, force: true });
}
