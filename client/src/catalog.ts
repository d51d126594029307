// The rule catalog in the editor: a quick pick of every rule, each rule's documentation
// (docs/rules/<id>.md shipped in the extension, or a page made from the rule's metadata when
// the file is missing), and survey links opened in the browser. The metadata comes from
// rule-catalog.json (generated from the rules by scripts/generate.mjs), so the client bundles
// no rule or engine code.
import * as vscode from "vscode";
import catalog from "./rule-catalog.json";

/** One rule's metadata as rule-catalog.json holds it. */
export type RuleEntry = (typeof catalog.rules)[number];
const rules: readonly RuleEntry[] = catalog.rules;
const rulesById = new Map(rules.map((r) => [r.id, r]));

export const RULE_DOC_SCHEME = "llmsafe-rule";

/** Rule texts mention markup ("an <img src>"): keep it as text in the rendered page. */
function text(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** A readable page made from the metadata, for rules whose docs page is not shipped. */
export function ruleMarkdown(m: RuleEntry): string {
  return [
    `# ${m.id}`,
    "",
    `${text(m.description)}.`,
    "",
    text(m.why),
    "",
    `| | |`,
    `|---|---|`,
    `| Default severity | ${m.severity} |`,
    `| Survey section | [${m.surveySection} ${m.surveyTitle}](${m.surveyUrl}) |`,
    `| OWASP | ${m.owasp} |`,
    `| MITRE ATLAS | ${m.atlas.join(", ") || "-"} |`,
    `| CWE | ${m.cwe.join(", ") || "-"} |`,
    `| Quick fix | ${m.fixable ? "yes" : m.hasSuggestions ? "suggestion" : "no"} |`,
    "",
    `Turn it off for a workspace with \`"llmsafe.rules": { "${m.id}": "off" }\` in settings, or in \`.llmsaferc.json\`.`,
    "",
  ].join("\n");
}

export class RuleDocProvider implements vscode.TextDocumentContentProvider {
  provideTextDocumentContent(uri: vscode.Uri): string {
    const id = uri.path.replace(/^\//, "").replace(/\.md$/, "");
    const rule = rulesById.get(id);
    return rule ? ruleMarkdown(rule) : `# Unknown rule \`${id}\`\n`;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

/** Where a rule's documentation is read from: the shipped page, or the generated one. */
export async function ruleDocUri(extensionUri: vscode.Uri, ruleId: string): Promise<vscode.Uri> {
  const shipped = vscode.Uri.joinPath(extensionUri, "docs", "rules", `${ruleId}.md`);
  return (await exists(shipped)) ? shipped : vscode.Uri.from({ scheme: RULE_DOC_SCHEME, path: `/${ruleId}.md` });
}

export async function showRuleDocumentation(extensionUri: vscode.Uri, ruleId: unknown): Promise<vscode.Uri | undefined> {
  if (typeof ruleId !== "string" || !rulesById.has(ruleId)) {
    void vscode.window.showWarningMessage(`llmsafe: no rule named ${JSON.stringify(ruleId)}.`);
    return undefined;
  }
  const uri = await ruleDocUri(extensionUri, ruleId);
  await vscode.commands.executeCommand("markdown.showPreview", uri);
  return uri;
}

/** Only http(s) survey links are opened; anything else a diagnostic might carry is refused. */
export async function openSurveySection(url: unknown): Promise<boolean> {
  if (typeof url !== "string" || !/^https?:\/\//.test(url)) {
    void vscode.window.showWarningMessage(`llmsafe: not a web link: ${JSON.stringify(url)}.`);
    return false;
  }
  return vscode.env.openExternal(vscode.Uri.parse(url, true));
}

interface RuleItem extends vscode.QuickPickItem {
  rule: RuleEntry;
}

const SURVEY_BUTTON: vscode.QuickInputButton = { iconPath: new vscode.ThemeIcon("link-external"), tooltip: "Open the survey section" };

export function openRuleCatalog(extensionUri: vscode.Uri): Promise<void> {
  return new Promise((resolve) => {
    const pick = vscode.window.createQuickPick<RuleItem>();
    pick.title = `llmsafe rule catalog (${rules.length} rules)`;
    pick.placeholder = "Pick a rule to read its documentation";
    pick.matchOnDescription = true;
    pick.matchOnDetail = true;
    pick.items = rules.map((rule) => ({
      rule,
      label: rule.id,
      description: `${rule.severity} · survey ${rule.surveySection} · ${[...rule.owaspLlm2026, ...rule.owaspAgentic].join(" ")}`,
      detail: rule.description,
      buttons: [SURVEY_BUTTON],
    }));
    pick.onDidTriggerItemButton((e) => void openSurveySection(e.item.rule.surveyUrl));
    pick.onDidAccept(() => {
      const chosen = pick.selectedItems[0];
      pick.hide();
      if (chosen) void showRuleDocumentation(extensionUri, chosen.rule.id);
    });
    pick.onDidHide(() => {
      pick.dispose();
      resolve();
    });
    pick.show();
  });
}
