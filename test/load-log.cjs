// Preloaded (`node --require test/load-log.cjs`) by test/bundles.test.mjs into a real llmsafe
// process: appends to $LLMSAFE_LOAD_LOG one line per JavaScript file Node compiles
// (`compile <path>`) and per require of typescript (`require typescript`), so a test can see which
// bundles a process ran and whether it loaded the parser. It changes nothing else.
const { appendFileSync } = require("node:fs");
const Module = require("node:module");

const log = process.env.LLMSAFE_LOAD_LOG;
if (log) {
  const compile = Module.prototype._compile;
  Module.prototype._compile = function (content, filename) {
    appendFileSync(log, `compile ${filename}\n`);
    return compile.call(this, content, filename);
  };
  const load = Module._load;
  Module._load = function (request, ...rest) {
    if (request === "typescript") appendFileSync(log, "require typescript\n");
    return load.call(this, request, ...rest);
  };
}
