#!/usr/bin/env node
// Runs the bundled language server (npm run build produces dist/server.js). Any LSP client can
// start it as `llmsafe-language-server --stdio` (the default transport when no flag is given).
require("../dist/server.js");
