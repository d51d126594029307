// Settings take effect without a restart: llmsafe.rules turns a rule off and back on.
const assert = require('assert');
const vscode = require('vscode');
const { extensionReady, open, ruleId, waitForDiagnostics } = require('./helpers');

describe('settings', () => {
  before(extensionReady);
  const config = () => vscode.workspace.getConfiguration('llmsafe');

  afterEach(async () => {
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
  });

  it('llmsafe.rules { "system-prompt-injection": "off" } removes the diagnostic; removing the setting brings it back', async () => {
    const doc = await open('src', 'routes', 'chat.ts');
    const has = (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection');
    await waitForDiagnostics(doc.uri, has, 'system-prompt-injection');
    await config().update('rules', { 'system-prompt-injection': 'off' }, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => !has(ds), 'system-prompt-injection to disappear');
    await config().update('rules', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, has, 'system-prompt-injection to come back');
  });

  it('llmsafe.rules can change a severity', async () => {
    const doc = await open('src', 'routes', 'chat.ts');
    await config().update('rules', { 'system-prompt-injection': 'info' }, vscode.ConfigurationTarget.Workspace);
    const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => ruleId(x) === 'system-prompt-injection' && x.severity === vscode.DiagnosticSeverity.Information), 'an info-level system-prompt-injection'))
      .filter((x) => ruleId(x) === 'system-prompt-injection');
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Information);
  });

  it('llmsafe.enable false clears the diagnostics of the folder', async () => {
    const doc = await open('src', 'routes', 'chat.ts');
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics');
    await config().update('enable', false, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'no diagnostics while disabled');
    await config().update('enable', undefined, vscode.ConfigurationTarget.Workspace);
    await waitForDiagnostics(doc.uri, (ds) => ds.length > 0, 'diagnostics after enabling again');
  });
});
