// Crash recovery: kill the language server mid-session; the client restarts it, tells the user
// once, and diagnostics come back.
const assert = require('assert');
const vscode = require('vscode');
const { open, waitForDiagnostics, ruleId, extensionReady, sleep } = require('./helpers');

describe('crash recovery', () => {
  it('restarts a killed server and diagnostics come back after an edit', async () => {
    const ext = await extensionReady();
    const api = ext.exports;
    const doc = await open('src', 'routes', 'chat.ts');
    const hasFinding = (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection');
    await waitForDiagnostics(doc.uri, hasFinding, 'the finding before the crash');
    const pid = await api.serverPid();
    assert.ok(pid && pid !== process.pid, `a server process id (got ${pid})`);
    const before = api.restarts();
    process.kill(pid, 'SIGKILL');
    // The client notices the closed connection and restarts the server.
    for (let i = 0; i < 300 && api.restarts() === before; i++) await sleep(100);
    assert.strictEqual(api.restarts(), before + 1, 'restarted exactly once');
    let newPid;
    for (let i = 0; i < 300 && !newPid; i++) {
      newPid = await api.serverPid().catch(() => undefined);
      if (!newPid) await sleep(100);
    }
    assert.ok(newPid && newPid !== pid, `a new server process (old ${pid}, new ${newPid})`);
    // An edit is analysed by the new server: the finding is published again for the new version.
    const editor = vscode.window.activeTextEditor;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '// after the restart\n'));
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection' && d.range.start.line === 15), 'the finding from the restarted server, one line lower');
    assert.ok(diags.length >= 1);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
