// extensionTests entry point: VS Code's extension host require()s this file and awaits run().
// LLMSAFE_E2E_SUITE picks the files: "dev" (the extension under development: every *.test.js but
// the two below), "vsix" (the packaged extension installed with --install-extension:
// installed.test.js) or "untrusted" (workspace trust on, folder not trusted: trust.test.js).
const fs = require('fs');
const path = require('path');
const Mocha = require('mocha');

exports.run = () => new Promise((resolve, reject) => {
  const suite = process.env.LLMSAFE_E2E_SUITE || 'dev';
  const mocha = new Mocha({ ui: 'bdd', color: false, timeout: 60000, reporter: 'spec' });
  const grep = process.env.LLMSAFE_E2E_GREP;
  if (grep) mocha.grep(grep);
  const only = { vsix: ['installed.test.js'], untrusted: ['trust.test.js'] }[suite];
  const files = fs.readdirSync(__dirname).filter((f) => f.endsWith('.test.js'))
    .filter((f) => (only ? only.includes(f) : f !== 'installed.test.js')).sort();
  for (const f of files) mocha.addFile(path.join(__dirname, f));
  const runner = mocha.run((failures) => {
    const { passes = 0, failures: failed = 0, pending = 0 } = runner.stats || {};
    // The plain closing line CI reads ("N passed, N failed"), one per suite.
    console.log(`e2e-${suite}: ${passes} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
    failures ? reject(new Error(`${failures} tests failed`)) : resolve();
  });
});
