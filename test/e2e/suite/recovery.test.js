// Crash recovery: kill the language server mid-session; the client restarts it, tells the user
// once, and diagnostics come back. Killed too often, it gives up with one error message, and
// "llmsafe: Restart server" brings it back with the count started afresh.
const assert = require('assert');
const vscode = require('vscode');
const { open, waitForDiagnostics, ruleId, extensionReady, sleep } = require('./helpers');

const MAX_RESTARTS = 5; // client/src/crash-recovery.ts

/** Polls fn() until it returns something truthy (errors count as not yet). */
async function until(fn, what, timeoutMs = 30000) {
  const t0 = Date.now();
  for (;;) {
    const v = await Promise.resolve().then(fn).catch(() => undefined);
    if (v) return v;
    if (Date.now() - t0 > timeoutMs) assert.fail(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await sleep(100);
  }
}

describe('crash recovery', () => {
  let api;
  /** SIGKILLs the running server; resolves once the client has reacted (restarted or given up). */
  async function kill() {
    const pid = await until(() => api.serverPid(), 'a running server');
    assert.ok(pid !== process.pid, 'the server is its own process, not the extension host');
    const before = api.recovery();
    process.kill(pid, 'SIGKILL');
    const after = await until(() => {
      const s = api.recovery();
      return s.restarts !== before.restarts || s.giveUpNotices !== before.giveUpNotices ? s : undefined;
    }, `the client to notice that server ${pid} died`);
    return { pid, before, after };
  }

  it('restarts a killed server, says so once, and diagnostics come back after an edit', async () => {
    api = (await extensionReady()).exports;
    // Start from a user restart, which resets the count, so the test does not depend on the order.
    await vscode.commands.executeCommand('llmsafe.restartServer');
    const doc = await open('src', 'routes', 'chat.ts');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'the finding before the crash');

    const { pid, before, after } = await kill();
    assert.strictEqual(after.restarts, before.restarts + 1, 'restarted exactly once');
    assert.strictEqual(after.restartNotices, 1, 'one "stopped unexpectedly and was restarted" message');
    assert.strictEqual(after.giveUpNotices, 0, 'no error message');
    const newPid = await until(() => api.serverPid(), 'the restarted server');
    assert.notStrictEqual(newPid, pid, 'a new server process');

    // An edit is analysed by the new server: the finding is published again for the new version.
    const editor = vscode.window.activeTextEditor;
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), '// after the restart\n'));
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection' && d.range.start.line === 15), 'the finding from the restarted server, one line lower');
    await vscode.commands.executeCommand('workbench.action.files.revert');

    // A second crash is restarted too, without a second message.
    const second = await kill();
    assert.strictEqual(second.after.restarts, before.restarts + 2);
    assert.strictEqual(second.after.restartNotices, 1, 'still one message in the session');
  });

  it(`gives up after ${MAX_RESTARTS} restarts with one error; "Restart server" brings it back and resets the count`, async () => {
    const doc = await open('src', 'routes', 'chat.ts');
    const start = api.recovery();
    // The previous test used 2 of the 5 restarts in the window.
    for (let i = 2; i < MAX_RESTARTS; i++) {
      const { after } = await kill();
      assert.strictEqual(after.giveUpNotices, 0, `restart ${i + 1} of ${MAX_RESTARTS} is not refused`);
    }
    const last = await kill();
    assert.strictEqual(last.after.restarts, start.restarts + MAX_RESTARTS - 2, 'the sixth stop is not restarted');
    assert.strictEqual(last.after.giveUpNotices, 1, 'one "not restarted" error message');
    assert.strictEqual(last.after.restartNotices, 1, 'no further restart message');
    await sleep(500);
    assert.strictEqual(await api.serverPid(), undefined, 'no server running');
    await waitForDiagnostics(doc.uri, (ds) => ds.length === 0, 'the stopped server\'s diagnostics to be cleared');

    // What the error message's "Restart server" button runs.
    await vscode.commands.executeCommand('llmsafe.restartServer');
    await until(() => api.serverPid(), 'the server started by the command');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'the finding from the server started by the command');
    // The count started afresh: the next crash is restarted again, silently.
    const again = await kill();
    assert.strictEqual(again.after.restarts, last.after.restarts + 1, 'restarted after the user\'s restart');
    assert.strictEqual(again.after.giveUpNotices, 1);
    assert.strictEqual(again.after.restartNotices, 1);
    await until(() => api.serverPid(), 'the restarted server');
    await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'the finding after the last restart');
  });
});
