// `npm run fuzz`: the robustness fuzz suites at length. FUZZ_RUNS engine cases (default
// 200,000; the LSP sequences scale with it, a tenth as many) and a fresh random FUZZ_SEED unless
// one is given, so each run explores new inputs; a failing run prints its seed and saves each
// failing input under $TMPDIR/llmsafe-fuzz for a replay with the same FUZZ_SEED and FUZZ_RUNS.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const env = { ...process.env };
env.FUZZ_RUNS ??= "200000";
env.FUZZ_SEED ??= String(Math.floor(Math.random() * 2 ** 31));
console.log(`llmsafe fuzz: FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SEED=${env.FUZZ_SEED}`);
const files = ["test/robustness/engine-fuzz.test.mjs", "test/robustness/lsp-fuzz.test.mjs"];
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...process.argv.slice(2), ...files], { cwd: root, env, stdio: "inherit" });
console.log(`llmsafe fuzz: done (FUZZ_RUNS=${env.FUZZ_RUNS} FUZZ_SEED=${env.FUZZ_SEED})`);
process.exit(r.status ?? 1);
