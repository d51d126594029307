// Workspace trust: the workspace's own .llmsaferc.json `models` (here: an internal ops assistant as
// a model-output source and a runbook runner as a shell sink) apply only in a trusted workspace.
// Runs in the "dev" suite (trust disabled, so trusted) and in the "untrusted" suite.
const assert = require('assert');
const vscode = require('vscode');
const { describe: show, extensionReady, open, ruleId, waitForDiagnostics, sleep } = require('./helpers');

describe('workspace trust', () => {
  before(extensionReady);
  const untrusted = process.env.LLMSAFE_E2E_SUITE === 'untrusted';

  it(untrusted ? 'untrusted: the workspace\'s own models are not loaded, built-in analysis still runs' : 'trusted: the workspace\'s own models are loaded', async () => {
    assert.strictEqual(vscode.workspace.isTrusted, !untrusted, `workspace.isTrusted is ${vscode.workspace.isTrusted}`);
    // Built-in models work either way.
    const chat = await open('src', 'routes', 'chat.ts');
    await waitForDiagnostics(chat.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'system-prompt-injection');
    const doc = await open('src', 'jobs', 'remediate.ts');
    const custom = (ds) => ds.some((d) => ruleId(d) === 'llm-output-command-injection');
    if (!untrusted) {
      const diags = await waitForDiagnostics(doc.uri, custom, 'the finding from the .llmsaferc.json models');
      console.log('    remediate.ts:', JSON.stringify(diags.map(show)));
    } else {
      // The file was analysed (chat.ts got its diagnostics from the same server); give it time, then expect nothing.
      await sleep(3000);
      const diags = vscode.languages.getDiagnostics(doc.uri).filter((d) => d.source === 'llmsafe');
      console.log('    remediate.ts:', JSON.stringify(diags.map(show)));
      assert.ok(!custom(diags), 'no finding from the untrusted workspace\'s models');
    }
  });
});
