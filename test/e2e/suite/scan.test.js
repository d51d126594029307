// "llmsafe: Scan workspace" analyses files that were never opened and finds flows across modules.
const assert = require('assert');
const vscode = require('vscode');
const { describe: show, extensionReady, ruleId, waitForDiagnostics, workspaceUri } = require('./helpers');

describe('scan workspace command', () => {
  before(extensionReady);

  it('finds the model output that reaches exec() through lib/git.ts, in a file that is never opened', async () => {
    const job = workspaceUri('src', 'jobs', 'release-notes.ts');
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === job.toString()), 'release-notes.ts is not open');
    const summary = await vscode.commands.executeCommand('llmsafe.scanWorkspace');
    console.log('    scan summary:', JSON.stringify(summary));
    assert.ok(summary.files >= 6 && summary.findings >= 4 && summary.filesWithFindings >= 4, `the server's summary counts the workspace: ${JSON.stringify(summary)}`);
    const diags = await waitForDiagnostics(job, (ds) => ds.some((d) => ruleId(d) === 'llm-output-command-injection'), 'llm-output-command-injection');
    console.log('    release-notes.ts:', JSON.stringify(diags.map(show)));
    const d = diags.find((x) => ruleId(x) === 'llm-output-command-injection');
    assert.strictEqual(d.range.start.line + 1, 18, 'anchored at the argument of the git() call');
    assert.match(d.message, /openai\.chat\.completions\.create/);
    const helper = workspaceUri('src', 'lib', 'git.ts').toString();
    assert.ok(d.relatedInformation.some((r) => r.location.uri.toString() === helper), 'the path goes through src/lib/git.ts');
    assert.ok(!vscode.workspace.textDocuments.some((x) => x.uri.toString() === job.toString()), 'still not open');
    const count = await vscode.commands.executeCommand('llmsafe.findingCount');
    assert.ok(count.files >= 3, `the status count covers the scanned files: ${JSON.stringify(count)}`);
  });
});
