// Run against the .vsix installed with code-server --install-extension (LLMSAFE_E2E_SUITE=vsix):
// the packaged extension, not the source tree, produces the diagnostics.
const assert = require('assert');
const path = require('path');
const vscode = require('vscode');
const { describe: show, open, ruleId, waitForDiagnostics } = require('./helpers');

describe('the installed .vsix', () => {
  it('is installed from the extensions folder, not loaded from the source tree', () => {
    const ext = vscode.extensions.getExtension('llmsafe.llmsafe');
    assert.ok(ext, 'llmsafe.llmsafe is installed');
    console.log('    installed at', ext.extensionPath, 'version', ext.packageJSON.version);
    const repo = path.resolve(__dirname, '..', '..', '..');
    assert.ok(!ext.extensionPath.startsWith(repo + path.sep), `not the development copy: ${ext.extensionPath}`);
  });

  it('activates on a TypeScript file and publishes diagnostics from the bundled server', async () => {
    const doc = await open('src', 'routes', 'chat.ts');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'system-prompt-injection', 60000);
    console.log('    chat.ts:', JSON.stringify(diags.map(show)));
    assert.ok(vscode.extensions.getExtension('llmsafe.llmsafe').isActive);
  });

  it('scans the workspace, including the cross-file flow in a closed file', async () => {
    await vscode.commands.executeCommand('llmsafe.scanWorkspace');
    const job = vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, 'src', 'jobs', 'release-notes.ts');
    await waitForDiagnostics(job, (ds) => ds.some((d) => ruleId(d) === 'llm-output-command-injection'), 'llm-output-command-injection');
  });
});
