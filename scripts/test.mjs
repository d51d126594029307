// `npm test`: every *.test.mjs under test/ except the end-to-end suite, which runs inside
// VS Code (npm run test:e2e) and needs Debian packages, and the npm package test (test/package/,
// a production build, npm pack and an install: .ci/run runs it after npm test). Node 20's
// `--test <dir>` would also pick up the e2e mocha files and helpers, so the list is built here.
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
const files = [];
const walk = (dir) => {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = join(dir, e.name);
    if (e.isDirectory()) { if (e.name !== "e2e" && e.name !== "package" && e.name !== "node_modules") walk(full); }
    else if (e.name.endsWith(".test.mjs")) files.push(relative(root, full));
  }
};
walk(join(root, "test"));
files.sort();
const r = spawnSync(process.execPath, ["--test", "--test-reporter=spec", ...process.argv.slice(2), ...files], { cwd: root, stdio: "inherit" });
process.exit(r.status ?? 1);
