#!/usr/bin/env node
// Runs the bundled language server (npm run build produces dist/language-server.js, the server
// bundle without typescript, which is a dependency of the package). Any LSP client can
// start it as `llmsafe-language-server --stdio` (the default transport when no flag is given).
require("../dist/language-server.js");
