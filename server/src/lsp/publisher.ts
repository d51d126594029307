// Publishing diagnostics: open documents are always published (with their version), closed files
// only when there is news, and the uris that show problems are remembered so they can be cleared.
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver";
import type { FileUnderstanding } from "../engine/types";

export class DiagnosticsPublisher {
  /** uris with non-empty diagnostics published. */
  private readonly published = new Set<string>();

  constructor(
    private readonly send: (params: PublishDiagnosticsParams) => void,
    /** What was recognised in each published file (undefined: nothing analysed; null: taken away), for the status tooltip. */
    private readonly understood?: (uri: string, understood: FileUnderstanding | undefined | null) => void,
  ) {}

  /** `understood`: what the analysis recognised in the file; absent when the file was not analysed. */
  publish(uri: string, diagnostics: Diagnostic[], version?: number, understood?: FileUnderstanding): void {
    this.understood?.(uri, understood ?? null);
    if (!diagnostics.length && !this.published.has(uri) && version === undefined) return;
    if (diagnostics.length) this.published.add(uri);
    else this.published.delete(uri);
    this.send({ uri, diagnostics, ...(version !== undefined ? { version } : {}) });
  }

  /** Takes a file's diagnostics away (if it has any). */
  clear(uri: string): void {
    this.publish(uri, []);
  }

  /** The uris that show diagnostics now. */
  uris(): string[] {
    return [...this.published];
  }
}
