#!/usr/bin/env node
// Runs the bundled CLI (npm run build produces dist/cli.js, which takes the engine from its sibling
// dist/engine-core.js). A bundle that does not load (an install missing engine-core.js, or holding
// one from another build) is an internal error: exit 2, as the CLI's others, never 1 (findings).
try {
  require("../dist/cli.js");
} catch (e) {
  process.stderr.write(`llmsafe: internal error: ${(e && e.message) || e}\nReinstall llmsafe (in this repository: npm run build); if that does not help, please report it.\n`);
  process.exitCode = 2;
}
