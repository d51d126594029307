// .llmsaferc.json: validated while typing by VS Code's JSON support through the shipped schema
// (jsonValidation), and by the server once saved (config-error on the file).
const assert = require('assert');
const vscode = require('vscode');
const { extensionReady, open, ruleId, waitForDiagnostics, sleep } = require('./helpers');

async function waitFor(pred, what, timeoutMs = 30000) {
  const t0 = Date.now();
  for (;;) {
    const v = pred();
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) assert.fail(`timed out waiting for ${what}`);
    await sleep(100);
  }
}

describe('.llmsaferc.json', () => {
  before(extensionReady);

  it('flags an unknown rule id through the JSON schema while typing, and through the server once saved', async () => {
    const doc = await open('.llmsaferc.json');
    const original = doc.getText();
    const whole = new vscode.Range(doc.positionAt(0), doc.positionAt(original.length));
    const edit = new vscode.WorkspaceEdit();
    edit.replace(doc.uri, whole, '{\n  "rules": { "no-such-rule": "error" }\n}\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    try {
      const schemaProblem = await waitFor(() => vscode.languages.getDiagnostics(doc.uri).find((d) => d.source !== 'llmsafe' && /no-such-rule|not allowed/i.test(d.message)),
        'a JSON schema diagnostic');
      console.log('    schema says:', schemaProblem.source, JSON.stringify(schemaProblem.message));
      await doc.save();
      const [d] = await waitForDiagnostics(doc.uri, (ds) => ds.some((x) => ruleId(x) === 'config-error'), 'the server\'s config-error');
      console.log('    server says:', JSON.stringify(d.message));
      assert.match(d.message, /no-such-rule/);
    } finally {
      const back = new vscode.WorkspaceEdit();
      back.replace(doc.uri, new vscode.Range(doc.positionAt(0), doc.positionAt(doc.getText().length)), original);
      await vscode.workspace.applyEdit(back);
      await doc.save();
    }
    await waitForDiagnostics(doc.uri, (ds) => !ds.some((x) => ruleId(x) === 'config-error'), 'the config-error to clear');
  });
});
