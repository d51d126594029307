// The open documents as the server sees them: the editor's text (TextDocuments keeps it), and
// per document the version whose text the engine last analysed, which decides whether hovers
// and fixes may use the results (offsets into older text are wrong). Pure: the document source
// is passed in.
import type { TextDocument } from "vscode-languageserver-textdocument";
import { pathToUri, uriToPath } from "./uri";

/** What the store reads of a document (TextDocument has it). */
export interface OpenDocument {
  readonly uri: string;
  readonly version: number;
  readonly languageId: string;
  getText(): string;
}

/** Where the open documents come from (TextDocuments, or a map in tests). */
export interface DocumentSource<D extends OpenDocument> {
  get(uri: string): D | undefined;
  all(): D[];
}

export class DocumentStore<D extends OpenDocument = TextDocument> {
  /** uri -> document version whose text the engine last analysed. */
  private readonly analysed = new Map<string, number>();
  /** uris whose "not analysing" reason was logged (once per open). */
  private readonly skipLogged = new Set<string>();

  constructor(private readonly source: DocumentSource<D>) {}

  get(uri: string): D | undefined {
    return this.source.get(uri);
  }

  all(): D[] {
    return this.source.all();
  }

  /** The open document for an engine path, if any. */
  byPath(path: string): D | undefined {
    const direct = this.source.get(pathToUri(path));
    if (direct) return direct;
    // Clients encode URIs differently (VS Code escapes ':' and '@'): compare as paths.
    return this.source.all().find((d) => uriToPath(d.uri) === path);
  }

  markAnalysed(uri: string, version: number): void {
    this.analysed.set(uri, version);
  }

  /** Whether any version of the document has been analysed since it was opened (or reconfigured). */
  wasAnalysed(uri: string): boolean {
    return this.analysed.get(uri) !== undefined;
  }

  /** Whether the engine's results for the document are for this version of its text. */
  analysedAt(uri: string, version: number): boolean {
    return this.analysed.get(uri) === version;
  }

  /** The configuration changed: no earlier result counts. */
  forgetAnalysis(uri: string): void {
    this.analysed.delete(uri);
  }

  /** True the first time a skipped document is reported, false after (until it is closed). */
  firstSkipNotice(uri: string): boolean {
    if (this.skipLogged.has(uri)) return false;
    this.skipLogged.add(uri);
    return true;
  }

  closed(uri: string): void {
    this.analysed.delete(uri);
    this.skipLogged.delete(uri);
  }
}
