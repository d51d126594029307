// Code actions over the real protocol, applied to the text the way an editor applies them,
// then re-linted: a suppression must actually silence the finding, a fix must actually fix it.
import assert from "node:assert/strict";
import { after, before, test } from "node:test";
import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { applyTextEdits, editsFor, range, SERVER, startServer, workspace } from "./lsp-client.mjs";
import { AGENT, CHAT_BUBBLE_ATTRIBUTE_TSX, CHAT_BUBBLE_TSX, EXPRESS_ROUTE, GEMINI_SETTINGS, RUN_HELPER } from "./snippets.mjs";

let ws;
let client;
before(async () => {
  ws = workspace({ "lib/run.ts": RUN_HELPER });
  client = await startServer({ folders: [ws.root] });
});
after(async () => {
  await client?.stop();
  ws?.cleanup();
});

/** Opens `text` as `rel`, waits for its first diagnostics, returns them with a helper to edit and re-lint. */
async function openWithFindings(rel, text, languageId = "typescript") {
  const uri = ws.uri(rel);
  let version = 1;
  await client.open(uri, text, { languageId });
  const first = await client.diagnostics(uri, (p) => p.version === 1 && p.diagnostics.length > 0);
  return {
    uri,
    diagnostics: first.diagnostics,
    /** Sends the new text as the next version and resolves with its diagnostics. */
    async relint(newText) {
      version++;
      const v = version;
      await client.change(uri, v, newText);
      return (await client.diagnostics(uri, (p) => p.version === v)).diagnostics;
    },
  };
}

function action(actions, title) {
  const a = actions.find((x) => x.title.startsWith(title));
  assert.ok(a, `action "${title}" in ${JSON.stringify(actions.map((x) => x.title))}`);
  return a;
}

test("every finding offers disable-line, disable-file, the survey section and the rule docs", async () => {
  const doc = await openWithFindings("routes/chat.ts", EXPRESS_ROUTE);
  const d = doc.diagnostics[0];
  const actions = await client.codeActions(doc.uri, d.range, { diagnostics: [d] });
  // The engine's own fixes for the finding come first (they change as rules improve); these four always close the list.
  const titles = actions.map((a) => a.title);
  assert.deepEqual(titles.slice(-4), [
    "Disable system-prompt-injection for this line",
    "Disable system-prompt-injection for this file",
    "Open survey section: §6.1.1 Attack in Deployment",
    "Show rule documentation: system-prompt-injection",
  ]);
  for (const a of actions) assert.deepEqual(a.diagnostics.map((x) => x.code), ["system-prompt-injection"]);
  for (const a of actions.slice(0, -4)) assert.ok(a.edit && (a.kind === "quickfix" || a.kind === "refactor.rewrite"), `${a.title} is an engine fix`);
  const survey = action(actions, "Open survey section");
  assert.deepEqual(survey.command, { title: "Open survey section", command: "llmsafe.openSurveySection", arguments: [d.codeDescription.href] });
  assert.deepEqual(action(actions, "Show rule documentation").command.arguments, ["system-prompt-injection"]);

  // Other editors execute the command through the server, which opens the page in the browser.
  await client.conn.sendRequest("workspace/executeCommand", survey.command);
  assert.deepEqual(client.shownDocuments.at(-1), { uri: d.codeDescription.href, external: true });

  // The rule's page ships next to the bundle (docs/rules/<id>.md); without it, a message says where to read more.
  const docs = join(dirname(SERVER), "..", "docs", "rules", "system-prompt-injection.md");
  await client.conn.sendRequest("workspace/executeCommand", action(actions, "Show rule documentation").command);
  if (existsSync(docs)) assert.deepEqual(client.shownDocuments.at(-1), { uri: pathToFileURL(docs).href, takeFocus: true });
  else assert.match(client.messages.at(-1).message, /^system-prompt-injection: .*arxiv\.org/);
});

test("disable for this line: inserted above with the line's indentation, and the diagnostic goes away", async () => {
  const doc = await openWithFindings("routes/disable-line.ts", EXPRESS_ROUTE);
  const d = doc.diagnostics[0];
  const a = action(await client.codeActions(doc.uri, d.range, { diagnostics: [d] }), "Disable system-prompt-injection for this line");
  const edited = applyTextEdits(EXPRESS_ROUTE, editsFor(a.edit, doc.uri));
  const lines = edited.split("\n");
  assert.equal(lines[6], "  // llmsafe-disable-next-line system-prompt-injection -- TODO: explain why this is safe");
  assert.equal(lines[7], EXPRESS_ROUTE.split("\n")[6], "the flagged line itself is unchanged");
  assert.deepEqual(await doc.relint(edited), [], "suppressed, and the suppression is used");
});

test("disable for this file: a block comment at the top silences the rule", async () => {
  const doc = await openWithFindings("routes/disable-file.ts", EXPRESS_ROUTE);
  const d = doc.diagnostics[0];
  const a = action(await client.codeActions(doc.uri, d.range, { diagnostics: [d] }), "Disable system-prompt-injection for this file");
  const edited = applyTextEdits(EXPRESS_ROUTE, editsFor(a.edit, doc.uri));
  assert.equal(edited.split("\n")[0], "/* llmsafe-disable system-prompt-injection */");
  assert.deepEqual(await doc.relint(edited), []);
});

test("disable for this line in JSX children writes {/* */}; between attributes a line comment", async () => {
  const child = await openWithFindings("components/Transcript.tsx", CHAT_BUBBLE_TSX, "typescriptreact");
  const d = child.diagnostics.find((x) => x.code === "llm-output-xss");
  assert.equal(d.range.start.line, 8);
  let a = action(await client.codeActions(child.uri, d.range, { diagnostics: [d] }), "Disable llm-output-xss for this line");
  let edited = applyTextEdits(CHAT_BUBBLE_TSX, editsFor(a.edit, child.uri));
  assert.equal(edited.split("\n")[8], "          {/* llmsafe-disable-next-line llm-output-xss -- TODO: explain why this is safe */}");
  assert.deepEqual(await child.relint(edited), []);

  const attr = await openWithFindings("components/TranscriptAttr.tsx", CHAT_BUBBLE_ATTRIBUTE_TSX, "typescriptreact");
  const d2 = attr.diagnostics.find((x) => x.code === "llm-output-xss");
  a = action(await client.codeActions(attr.uri, d2.range, { diagnostics: [d2] }), "Disable llm-output-xss for this line");
  edited = applyTextEdits(CHAT_BUBBLE_ATTRIBUTE_TSX, editsFor(a.edit, attr.uri));
  assert.equal(edited.split("\n")[9], "            // llmsafe-disable-next-line llm-output-xss -- TODO: explain why this is safe");
  assert.deepEqual(await attr.relint(edited), []);
});

const SHELL_AGENT = `import { exec } from "node:child_process";
import OpenAI from "openai";
const o = new OpenAI();
export async function show() {
  const c = await o.chat.completions.create({ model: "gpt-4o", messages: [] });
  const ref = c.choices[0].message.content;
  exec(\`git show \${ref}\`);
}
`;

test("engine fixes: safe ones are preferred quick fixes, behaviour-changing ones are rewrites", async () => {
  const gem = await openWithFindings("gemini/story.ts", GEMINI_SETTINGS);
  const d = gem.diagnostics.find((x) => x.code === "disabled-safety-settings");
  const actions = await client.codeActions(gem.uri, d.range, { diagnostics: [d] });
  const fix = actions[0];
  assert.equal(fix.title, "Raise the threshold to BLOCK_MEDIUM_AND_ABOVE");
  assert.equal(fix.kind, "quickfix");
  assert.equal(fix.isPreferred, true);
  const fixed = applyTextEdits(GEMINI_SETTINGS, editsFor(fix.edit, gem.uri));
  assert.match(fixed.split("\n")[10], /threshold: HarmBlockThreshold\.BLOCK_MEDIUM_AND_ABOVE \}/);
  const after = await gem.relint(fixed);
  assert.equal(after.filter((x) => x.code === "disabled-safety-settings").length, gem.diagnostics.length - 1, "that finding is gone, the other stays");

  const agent = await openWithFindings("shell-agent.ts", SHELL_AGENT);
  const cmd = agent.diagnostics.find((x) => x.code === "llm-output-command-injection");
  const suggestion = (await client.codeActions(agent.uri, cmd.range, { diagnostics: [cmd] }))[0];
  assert.match(suggestion.title, /execFile\("git", \[\.\.\.\]\)/);
  assert.equal(suggestion.kind, "refactor.rewrite");
  assert.equal(suggestion.isPreferred, undefined);
  // `only` filters by kind, hierarchically.
  const quickOnly = await client.codeActions(agent.uri, cmd.range, { diagnostics: [cmd], only: ["quickfix"] });
  assert.ok(quickOnly.every((a) => a.kind === "quickfix") && quickOnly.length >= 4);
  assert.ok(!quickOnly.some((a) => a.title === suggestion.title), "the rewrite is filtered out");
  const rewritten = applyTextEdits(SHELL_AGENT, editsFor(suggestion.edit, agent.uri));
  assert.match(rewritten, /import \{ exec, execFile \} from "node:child_process";/);
  assert.match(rewritten, /execFile\("git", \["show", String\(ref\)\]\)/);
  assert.deepEqual((await agent.relint(rewritten)).filter((x) => x.code === "llm-output-command-injection"), [], "applied, the finding is gone");
});

test("source.fixAll.llmsafe applies every safe fix and no suggestion", async () => {
  const text = GEMINI_SETTINGS + "\nexport const browserClient = new GoogleGenAI({ apiKey: process.env.NEXT_PUBLIC_GEMINI_API_KEY, dangerouslyAllowBrowser: true });\n";
  const doc = await openWithFindings("gemini/fix-all.ts", text);
  const codes = doc.diagnostics.map((x) => x.code);
  assert.equal(codes.filter((c) => c === "disabled-safety-settings").length, 2);
  assert.ok(codes.includes("client-exposed-api-key"), `a finding whose only fix is a suggestion: ${codes}`);
  const none = await client.codeActions(doc.uri, range(0, 0), {});
  assert.ok(!none.some((a) => a.kind === "source.fixAll.llmsafe"), "fix-all only when asked for by kind");
  const actions = await client.codeActions(doc.uri, range(0, 0), { only: ["source.fixAll"] });
  assert.equal(actions.length, 1);
  assert.equal(actions[0].kind, "source.fixAll.llmsafe");
  const fixed = applyTextEdits(text, editsFor(actions[0].edit, doc.uri));
  assert.ok(fixed.includes("dangerouslyAllowBrowser: true"), "the suggestion was not applied");
  assert.equal((fixed.match(/BLOCK_MEDIUM_AND_ABOVE/g) ?? []).length, 2);
  assert.ok(!/BLOCK_NONE|HarmBlockThreshold\.OFF/.test(fixed));
  const after = await doc.relint(fixed);
  assert.deepEqual(after.filter((x) => x.code === "disabled-safety-settings"), []);
  assert.deepEqual(after.map((x) => x.code).sort(), doc.diagnostics.map((x) => x.code).filter((c) => c !== "disabled-safety-settings").sort(), "findings with only suggestions are untouched");
});
