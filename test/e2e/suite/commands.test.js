// The client's own commands: rule documentation, survey links, output, restart.
const assert = require('assert');
const vscode = require('vscode');
const { extensionReady, open, ruleId, waitForDiagnostics } = require('./helpers');

describe('commands', () => {
  before(extensionReady);

  it('contributes its commands to the palette', async () => {
    const all = await vscode.commands.getCommands(true);
    for (const c of ['llmsafe.scanWorkspace', 'llmsafe.showOutput', 'llmsafe.restartServer', 'llmsafe.openRuleCatalog', 'llmsafe.showRuleDocumentation', 'llmsafe.openSurveySection']) {
      assert.ok(all.includes(c), `${c} is registered`);
    }
  });

  it('"Show rule documentation" opens the rule\'s page', async () => {
    const uri = await vscode.commands.executeCommand('llmsafe.showRuleDocumentation', 'llm-output-xss');
    assert.ok(uri, 'a page was opened');
    const doc = await vscode.workspace.openTextDocument(uri);
    assert.match(doc.getText(), /llm-output-xss/);
    assert.match(doc.getText(), /2504\.15585v4#S6\.SS2\.SSS6/, 'the page links the survey section');
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('"Open survey section" refuses anything but a web link', async () => {
    assert.strictEqual(await vscode.commands.executeCommand('llmsafe.openSurveySection', 'file:///etc/passwd'), false);
    assert.strictEqual(await vscode.commands.executeCommand('llmsafe.openSurveySection', 'command:workbench.action.quit'), false);
  });

  it('"Show output" and "Restart server" work, and diagnostics come back after the restart', async () => {
    await vscode.commands.executeCommand('llmsafe.showOutput');
    await vscode.commands.executeCommand('llmsafe.restartServer');
    const doc = await open('src', 'routes', 'chat.ts');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'system-prompt-injection after restart');
  });
});
