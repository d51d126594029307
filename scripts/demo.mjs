// `npm start`: scans the bundled demo app and explains what the output means.
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));
console.log("llmsafe: scanning the demo app in demo/ (see demo/README.md for what it contains)\n");
const r = spawnSync(process.execPath, ["bin/llmsafe.js", "demo"], { cwd: root, stdio: "inherit" });
console.log(`
Each finding names the rule, where the data came from and where it ended up (the "path"),
and links to the survey section on that risk. In CI the same command exits ${r.status}
(1 = findings, 0 = clean). Try it on your own code:  npx llmsafe path/to/your/app`);
process.exit(r.status === 0 || r.status === 1 ? 0 : r.status ?? 2);
