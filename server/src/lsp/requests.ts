// Hover and code actions: both answer from the findings for an open document's current text,
// never from results that point into older text.
import type { CodeAction, CodeActionParams, Hover, HoverParams } from "vscode-languageserver";
import type { ClientFeatures } from "./capabilities";
import { codeActions } from "./code-actions";
import type { DiagnosticData } from "./diagnostics";
import type { DocumentStore } from "./documents";
import { hoverAt } from "./hover";
import { invalidParams, isPosition, isRange } from "./params";
import type { AnalysisScheduler } from "./scheduler";
import type { WorkspaceModel } from "./workspace";

export interface FindingRequestContext {
  model: WorkspaceModel;
  docs: DocumentStore;
  scheduler: AnalysisScheduler;
  ready: Promise<void>;
  features: () => ClientFeatures;
  docsUriOf: (ruleId: string) => string | null;
}

export class FindingRequests {
  constructor(private readonly ctx: FindingRequestContext) {}

  /** The findings for an open document's current text, or null if they are not known yet. */
  async currentFindings(uri: string) {
    const { docs, model, scheduler } = this.ctx;
    await this.ctx.ready;
    const doc = docs.get(uri);
    if (!doc) return null;
    scheduler.flush(uri);
    // In onSave mode an unsaved document's last results point into older text: offer nothing.
    if (!docs.analysedAt(uri, doc.version)) return null;
    const target = model.targetFor(uri, doc.languageId);
    if (target.kind === "skip") return null;
    return { doc, path: target.path, findings: target.project.analyzeFile(target.path).findings };
  }

  async hover(params: HoverParams): Promise<Hover | null> {
    if (typeof params?.textDocument?.uri !== "string" || !isPosition(params.position)) throw invalidParams("textDocument.uri and position are required");
    const current = await this.currentFindings(params.textDocument.uri);
    if (!current) return null;
    const offset = current.doc.offsetAt(params.position);
    return hoverAt(current.findings, offset, this.ctx.features().markdownHover, this.ctx.docsUriOf);
  }

  async codeActions(params: CodeActionParams): Promise<CodeAction[] | null> {
    if (typeof params?.textDocument?.uri !== "string" || !isRange(params.range)) throw invalidParams("textDocument.uri and range are required");
    const only: unknown = params.context?.only;
    const diagnostics: unknown = params.context?.diagnostics ?? [];
    if (only !== undefined && !(Array.isArray(only) && only.every((k) => typeof k === "string"))) throw invalidParams("context.only must be an array of kinds");
    if (!Array.isArray(diagnostics)) throw invalidParams("context.diagnostics must be an array");
    const current = await this.currentFindings(params.textDocument.uri);
    if (!current) return null;
    const keys = (diagnostics as CodeActionParams["context"]["diagnostics"])
      .filter((d) => d?.source === "llmsafe" && d.data)
      .map((d) => d.data as DiagnosticData)
      .filter((d) => typeof d.ruleId === "string" && typeof d.start === "number");
    return codeActions(
      { doc: current.doc, file: current.path, findings: current.findings, only: only as string[] | undefined, documentChanges: this.ctx.features().documentChanges },
      params.range,
      keys,
    );
  }
}
