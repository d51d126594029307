// One llmsafe project per project root for the life of the ESLint process (one ESLint run, or an
// editor's ESLint server), so imports between linted files are followed and a module analysed for
// one file is reused for the next. Each file is analysed once per text: the sixteen ESLint rules
// of a file all read the same cached result, and each reports only its own messages.
import { resolve } from "node:path";
import { Linter, type LintMessage } from "../api/index";
import { isSourceFile } from "../node-host";
import { SOURCE_EXTENSIONS } from "../engine/module-resolution";

/** What `settings.llmsafe` in an ESLint config may say. */
export interface PluginSettings {
  /** The project root (imports are followed inside it); default: parserOptions.tsconfigRootDir, else ESLint's cwd. */
  root?: string;
  /** A .llmsaferc.json to use (relative to the root), or false for none; default: the project's own. */
  config?: string | false;
}

interface Analysed {
  text: string;
  byRule: Map<string, LintMessage[]>;
}

/** How often, at most, the files a session read are checked for changes on disk. */
export const REFRESH_INTERVAL_MS = 1000;

/** A project and the last result per file, for the text that result was computed from. */
export class Session {
  private readonly linter: Linter;
  private readonly analysed = new Map<string, Analysed>();
  /** One lint of one file by ESLint (its rules share it): the result they all read. */
  private readonly passes = new WeakMap<object, Analysed | null>();
  private lastRefresh = Date.now();

  constructor(root: string, config: string | false | undefined) {
    this.linter = new Linter({ cwd: root, ...(config !== undefined ? { config } : {}) });
  }

  get root(): string {
    return this.linter.root;
  }

  /**
   * The messages of one rule for a file with this text. `pass` is what all rules of one ESLint
   * pass over the file share (its SourceCode object): the first rule of a pass gets the result
   * (analysed, or cached for this text), the others read the same one.
   */
  messages(file: string, text: string, pass: object, ruleId: string): LintMessage[] {
    let result = this.passes.get(pass);
    if (result === undefined) {
      result = this.analyse(file, text);
      this.passes.set(pass, result);
    }
    return result?.byRule.get(ruleId) ?? [];
  }

  private analyse(file: string, text: string): Analysed | null {
    // Modules only: ESLint hands a .vue/.svelte file to its rules only through a framework parser,
    // and the CLI and the editor read components themselves (docs/eslint.md).
    if (!isSourceFile(file, SOURCE_EXTENSIONS) || this.linter.project.isIgnored(file)) return null;
    // First what changed on disk since it was read (the session lives as long as the process: an
    // editor's ESLint server keeps it), then this text. Either can change what other files'
    // analysis finds: their cached results are dropped so they re-analyse when next linted.
    // Checking the disk stats every file the project read, so it is done at most once a second:
    // a run over thousands of files would otherwise spend a stat per known file per file linted.
    const now = Date.now();
    if (now - this.lastRefresh >= REFRESH_INTERVAL_MS) {
      this.lastRefresh = now;
      for (const f of this.linter.refreshFromDisk()) this.analysed.delete(f);
    }
    const cached = this.analysed.get(file);
    if (cached && cached.text === text) return cached;
    for (const f of this.linter.setText(file, text)) this.analysed.delete(f);
    let result = this.linter.lintText(file, text);
    // Stored data read here may be written by files ESLint has not linted yet (docs/eslint.md).
    const settled = this.linter.primeStoredData(file);
    for (const f of settled) this.analysed.delete(f);
    if (settled.includes(resolve(file))) result = this.linter.lintText(file, text);
    const byRule = new Map<string, LintMessage[]>();
    for (const m of result.messages) {
      // A finding another file's analysis placed here is left out: ESLint lints files in the order
      // their reads complete, so it would come and go from run to run (docs/eslint.md).
      if (m.ruleId === null || ("foundBy" in m && m.foundBy)) continue;
      const list = byRule.get(m.ruleId) ?? [];
      list.push(m);
      byRule.set(m.ruleId, list);
    }
    const entry = { text, byRule };
    this.analysed.set(file, entry);
    return entry;
  }
}

const sessions = new Map<string, Session>();

/** The session for an absolute root and a config choice, created on first use (a ConfigError propagates: ESLint shows it and stops). */
export function sessionFor(root: string, config: string | false | undefined): Session {
  const key = `${root}\0${config === false ? "\0none" : config ?? ""}`;
  let s = sessions.get(key);
  if (!s) {
    s = new Session(root, config);
    sessions.set(key, s);
  }
  return s;
}
