#!/usr/bin/env node
// Runs the bundled CLI (npm run build produces dist/cli.js).
require("../dist/cli.js");
