// Shared helpers for the end-to-end tests: they talk to the real VS Code API only.
const assert = require('assert');
const vscode = require('vscode');

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function workspaceUri(...segments) {
  return vscode.Uri.joinPath(vscode.workspace.workspaceFolders[0].uri, ...segments);
}

function llmsafeDiagnostics(uri) {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'llmsafe');
}

/** The rule id of a diagnostic (with a codeDescription, VS Code exposes code as { value, target }). */
function ruleId(d) {
  return d.code && typeof d.code === 'object' ? String(d.code.value) : String(d.code);
}

/** Polls until pred(diagnostics) holds; returns the diagnostics, or fails with what was there. */
async function waitForDiagnostics(uri, pred, what, timeoutMs = 30000) {
  const t0 = Date.now();
  let diags = llmsafeDiagnostics(uri);
  while (!pred(diags)) {
    if (Date.now() - t0 > timeoutMs) {
      assert.fail(`timed out after ${timeoutMs} ms waiting for ${what} in ${vscode.workspace.asRelativePath(uri)}; have: ${JSON.stringify(diags.map(describe))}`);
    }
    await sleep(100);
    diags = llmsafeDiagnostics(uri);
  }
  return diags;
}

function describe(d) {
  return { rule: ruleId(d), line: d.range.start.line + 1, col: d.range.start.character + 1, severity: d.severity, href: d.code && d.code.target ? d.code.target.toString(true) : undefined };
}

async function open(...segments) {
  const doc = await vscode.workspace.openTextDocument(workspaceUri(...segments));
  await vscode.window.showTextDocument(doc);
  return doc;
}

/** The extension is activated by opening a JS/TS file; commands exist once its client has started. */
async function extensionReady() {
  const ext = vscode.extensions.all.find((e) => e.packageJSON.name === 'llmsafe' && e.packageJSON.publisher === 'llmsafe');
  assert.ok(ext, 'the llmsafe extension is installed');
  await ext.activate();
  return ext;
}

module.exports = { sleep, workspaceUri, llmsafeDiagnostics, ruleId, waitForDiagnostics, describe, open, extensionReady };
