// The status bar item: how many llmsafe findings the workspace has right now; a click opens
// the Problems view. It counts what VS Code holds, so it can never disagree with the squiggles.
import * as vscode from "vscode";
import { DIAGNOSTIC_SOURCE } from "./protocol";

export type ServerState = "starting" | "running" | "stopped" | "disabled";

export interface FindingCount {
  errors: number;
  warnings: number;
  infos: number;
  files: number;
}

export function countFindings(all: ReadonlyArray<readonly [vscode.Uri, readonly vscode.Diagnostic[]]>): FindingCount {
  const c: FindingCount = { errors: 0, warnings: 0, infos: 0, files: 0 };
  for (const [, diags] of all) {
    let any = false;
    for (const d of diags) {
      if (d.source !== DIAGNOSTIC_SOURCE) continue;
      any = true;
      if (d.severity === vscode.DiagnosticSeverity.Error) c.errors++;
      else if (d.severity === vscode.DiagnosticSeverity.Warning) c.warnings++;
      else c.infos++;
    }
    if (any) c.files++;
  }
  return c;
}

export class FindingStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("llmsafe.status", vscode.StatusBarAlignment.Left, 0);
  private readonly subscriptions: vscode.Disposable[] = [];
  private state: ServerState = "starting";
  /** The server's line on what it recognised (llmsafe/understood), shown under the counts. */
  private understood = "";

  constructor() {
    this.item.name = "llmsafe";
    this.item.command = { title: "Show problems", command: "workbench.actions.view.problems" };
    this.subscriptions.push(vscode.languages.onDidChangeDiagnostics(() => this.render()));
    this.render();
    this.item.show();
  }

  setState(state: ServerState): void {
    this.state = state;
    if (state !== "running") this.understood = "";
    this.render();
  }

  /** What the server recognised in the files it has results for, so that no finding means something. */
  setUnderstood(summary: string): void {
    this.understood = summary;
    this.render();
  }

  /** The current count (also read by the end-to-end tests through the `llmsafe.findingCount` command). */
  count(): FindingCount {
    return countFindings(vscode.languages.getDiagnostics());
  }

  private render(): void {
    const c = this.count();
    const total = c.errors + c.warnings + c.infos;
    const item = this.item;
    item.backgroundColor = undefined;
    if (this.state === "disabled") {
      item.text = "$(circle-slash) llmsafe";
      item.tooltip = "llmsafe is disabled (llmsafe.enable)";
    } else if (this.state === "stopped") {
      item.text = "$(error) llmsafe";
      item.tooltip = "The llmsafe server is not running. Run \"llmsafe: Restart server\" or see \"llmsafe: Show output\".";
      item.backgroundColor = new vscode.ThemeColor("statusBarItem.errorBackground");
    } else if (this.state === "starting") {
      item.text = "$(loading~spin) llmsafe";
      item.tooltip = "llmsafe server starting";
    } else {
      item.text = total === 0 ? "$(shield) llmsafe" : `$(shield) llmsafe: ${total}`;
      item.tooltip = total === 0
        ? "llmsafe: no findings in open files (run \"llmsafe: Scan workspace\" for the whole workspace)"
        : `llmsafe: ${c.errors} errors, ${c.warnings} warnings, ${c.infos} infos in ${c.files} file${c.files === 1 ? "" : "s"}. Click to open the Problems view.`;
      if (this.understood) item.tooltip += `\n${this.understood}`;
    }
    item.accessibilityInformation = { label: `${item.tooltip}` };
  }

  dispose(): void {
    this.item.dispose();
    for (const s of this.subscriptions) s.dispose();
  }
}
