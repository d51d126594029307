// One llmsafe project per project root for the life of the ESLint process (one ESLint run, or an
// editor's ESLint server), so imports between linted files are followed and a module analysed for
// one file is reused for the next. Each file is analysed once per text: the sixteen ESLint rules
// of a file all read the same cached result, and each reports only its own messages.
import { Linter, type LintMessage } from "../api/lint";
import { isSourceFile } from "../node-host";

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

/** A project and the last result per file, for the text that result was computed from. */
export class Session {
  private readonly linter: Linter;
  private readonly analysed = new Map<string, Analysed>();

  constructor(root: string, config: string | false | undefined) {
    this.linter = new Linter({ cwd: root, ...(config !== undefined ? { config } : {}) });
  }

  get root(): string {
    return this.linter.root;
  }

  /** The messages of one rule for a file with this text: analysed on the first call, cached for the rest. */
  messages(file: string, text: string, ruleId: string): LintMessage[] {
    return this.analyse(file, text)?.byRule.get(ruleId) ?? [];
  }

  private analyse(file: string, text: string): Analysed | null {
    if (!isSourceFile(file) || this.linter.project.isIgnored(file)) return null;
    const cached = this.analysed.get(file);
    if (cached && cached.text === text) return cached;
    // New text: the file's importers may now get other results; drop theirs so they re-analyse.
    for (const f of this.linter.setText(file, text)) this.analysed.delete(f);
    const result = this.linter.lintText(file, text);
    const byRule = new Map<string, LintMessage[]>();
    for (const m of result.messages) {
      if (m.ruleId === null) continue;
      const list = byRule.get(m.ruleId) ?? [];
      list.push(m as LintMessage);
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
