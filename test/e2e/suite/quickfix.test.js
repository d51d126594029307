// The DOMPurify quick fix of llm-output-xss applies through VS Code's code-action API and the finding clears.
const assert = require('assert');
const vscode = require('vscode');
const { describe: show, extensionReady, llmsafeDiagnostics, open, ruleId, sleep, waitForDiagnostics } = require('./helpers');

/** The llmsafe quick fixes at a range, as the lightbulb asks for them (retried like the lightbulb: a request
 *  made while the editor is still settling may come back empty or cancelled). */
async function quickFixes(uri, range) {
  for (let attempt = 1; ; attempt++) {
    try {
      const actions = await vscode.commands.executeCommand('vscode.executeCodeActionProvider', uri, range, vscode.CodeActionKind.QuickFix.value);
      // (the API's results carry no diagnostics back, so llmsafe's actions are told by title and command)
      const ours = actions.filter((a) => /llmsafe|llm-output-xss|DOMPurify|survey/.test(`${a.title} ${a.command ? a.command.command : ''}`));
      if (ours.length || attempt >= 20) return ours;
      console.log(`    attempt ${attempt}: no llmsafe actions yet (${actions.length} others)`);
    } catch (e) {
      if (attempt >= 20) throw e;
      console.log(`    attempt ${attempt}: ${e.message}`);
    }
    await sleep(500);
  }
}

describe('quick fix', () => {
  before(extensionReady);

  it('wraps the model output in DOMPurify.sanitize(...), adds the import, and the diagnostic clears', async () => {
    const doc = await open('src', 'components', 'AnswerCard.tsx');
    const [d] = (await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => ruleId(x) === 'llm-output-xss'), 'llm-output-xss'))
      .filter((x) => ruleId(x) === 'llm-output-xss');
    const ours = await quickFixes(doc.uri, d.range);
    console.log('    code actions:', JSON.stringify(ours.map((a) => [a.title, a.kind && a.kind.value, !!a.edit, a.command && a.command.command])));
    const fix = ours.find((a) => /DOMPurify/.test(a.title));
    assert.ok(fix, 'the DOMPurify quick fix is offered');
    assert.ok(fix.isPreferred, 'a safe fix is the preferred one');
    assert.ok(ours.some((a) => a.command && a.command.command === 'llmsafe.openSurveySection'), 'an "Open survey section" action is offered');
    assert.ok(ours.some((a) => a.command && a.command.command === 'llmsafe.showRuleDocumentation'), 'a "Show rule documentation" action is offered');
    try {
      assert.ok(await vscode.workspace.applyEdit(fix.edit), 'edit applied');
      const text = doc.getText();
      assert.match(text, /dangerouslySetInnerHTML=\{\{ __html: DOMPurify\.sanitize\(completion\) \}\}/);
      assert.match(text, /^import DOMPurify from "dompurify";/m);
      await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => ruleId(x) === 'llm-output-xss'), 'the xss diagnostic to clear');
      console.log('    after the fix:', JSON.stringify(llmsafeDiagnostics(doc.uri).map(show)));
    } finally {
      await vscode.window.showTextDocument(doc);
      await vscode.commands.executeCommand('workbench.action.files.revert');
    }
    await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => ruleId(x) === 'llm-output-xss'), 'the xss diagnostic back after revert');
  });
});
