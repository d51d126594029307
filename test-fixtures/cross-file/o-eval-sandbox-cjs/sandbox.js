// sandbox.js: runs small expressions in a fresh V8 context (not a security boundary).
const vm = require("node:vm");

exports.runSnippet = function runSnippet(code, globals = {}) {
  // llmsafe-expect-clean: llm-output-code-execution
  return vm.runInNewContext(code, { ...globals }, { timeout: 1_000 });
};
