// Opening files of the fixture workspace produces llmsafe diagnostics with rule ids and survey links.
const assert = require('assert');
const vscode = require('vscode');
const { describe: show, extensionReady, open, ruleId, waitForDiagnostics } = require('./helpers');

const SURVEY = 'https://arxiv.org/html/2504.15585v4#';

describe('diagnostics in the fixture workspace', () => {
  before(extensionReady);

  it('flags the persona in the system prompt of the chat route (system-prompt-injection)', async () => {
    const doc = await open('src', 'routes', 'chat.ts');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'system-prompt-injection'), 'system-prompt-injection');
    console.log('    chat.ts:', JSON.stringify(diags.map(show)));
    const spi = diags.filter((d) => ruleId(d) === 'system-prompt-injection');
    assert.strictEqual(spi.length, 1, 'only the unchecked persona is flagged, not the allow-listed one');
    const d = spi[0];
    assert.strictEqual(d.range.start.line + 1, 15);
    assert.ok(doc.getText(d.range).includes('${persona}'), `range covers the system prompt: ${doc.getText(d.range)}`);
    assert.strictEqual(d.severity, vscode.DiagnosticSeverity.Error);
    assert.strictEqual(d.code.target.toString(true), `${SURVEY}S6.SS1.SSS1`);
    assert.match(d.message, /req\.body/);
    assert.ok(d.relatedInformation && d.relatedInformation.length >= 2, 'the taint path is attached as related information');
  });

  it('flags model output rendered as HTML in the component (llm-output-xss)', async () => {
    const doc = await open('src', 'components', 'AnswerCard.tsx');
    const diags = await waitForDiagnostics(doc.uri, (ds) => ds.some((d) => ruleId(d) === 'llm-output-xss'), 'llm-output-xss');
    console.log('    AnswerCard.tsx:', JSON.stringify(diags.map(show)));
    const d = diags.find((x) => ruleId(x) === 'llm-output-xss');
    assert.strictEqual(d.range.start.line + 1, 14);
    assert.strictEqual(d.code.target.toString(true), `${SURVEY}S6.SS2.SSS6`);
    assert.match(d.message, /useCompletion/);
  });

  it('counts the findings in the status bar model', async () => {
    const count = await vscode.commands.executeCommand('llmsafe.findingCount');
    console.log('    status count:', JSON.stringify(count));
    assert.ok(count.errors >= 2, `at least the two errors of the open files: ${JSON.stringify(count)}`);
  });
});
