// The exec -> execFile rewrite for llm-output-command-injection: only when the command is a
// template literal whose program is fixed (`git log ${x}`), so the rewrite keeps the program
// fixed and makes each interpolation exactly one argument, with no shell in between.
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { bindingAt, type BindingAt } from "./binding-at";

/** One word of a command: static text and `${...}` expressions, in order. */
export type CommandWord = ({ text: string } | { expr: string })[];

/**
 * The words of a shell command written as a template literal, or null when it is not that
 * simple: the program, the arguments as source text for execFile's array, and the argument words.
 */
export function templateWords(src: string): { program: string; args: string[]; words: CommandWord[] } | null {
  if (src.length < 2 || src[0] !== "`" || src[src.length - 1] !== "`") return null;
  // Split into static text and ${...} expressions (braces balanced; strings inside expressions
  // are not expected in a command template, and a brace inside one makes us give up).
  const parts: ({ text: string } | { expr: string })[] = [];
  let i = 1;
  let text = "";
  while (i < src.length - 1) {
    if (src[i] === "$" && src[i + 1] === "{") {
      parts.push({ text });
      text = "";
      let depth = 1;
      let j = i + 2;
      for (; j < src.length - 1 && depth; j++) {
        if (src[j] === "{") depth++;
        else if (src[j] === "}") depth--;
        else if (src[j] === "`" || src[j] === "'" || src[j] === '"') return null;
      }
      if (depth) return null;
      parts.push({ expr: src.slice(i + 2, j - 1).trim() });
      i = j;
    } else text += src[i++];
  }
  parts.push({ text });
  // Anything the shell would interpret (quotes, escapes, operators, globs, expansions) means the
  // command does not split into words the way this rewrite would split it.
  if (parts.some((p) => "text" in p && /["'\\|;&<>$(){}*?~[\]!#`\n]/.test(p.text))) return null;
  const words: CommandWord[] = [[]];
  for (const p of parts) {
    if ("expr" in p) { words[words.length - 1].push(p); continue; }
    const pieces = p.text.split(/[ \t]+/);
    pieces.forEach((piece, k) => {
      if (k > 0 && words[words.length - 1].length) words.push([]);
      if (piece) words[words.length - 1].push({ text: piece });
    });
  }
  const nonEmpty = words.filter((w) => w.length);
  const first = nonEmpty[0];
  if (!first || first.length !== 1 || !("text" in first[0]) || !/^[\w./@+-]+$/.test(first[0].text)) return null;
  const args = nonEmpty.slice(1).map((w) => {
    if (w.every((p) => "text" in p)) return JSON.stringify(w.map((p) => (p as { text: string }).text).join(""));
    if (w.length === 1) return `String(${(w[0] as { expr: string }).expr})`;
    return "`" + w.map((p) => ("text" in p ? p.text : `\${${p.expr}}`)).join("") + "`";
  });
  return { program: first[0].text, args, words: nonEmpty.slice(1) };
}

/**
 * Programs that run their arguments as code or as another command, so execFile with a fixed
 * program is still no protection: shells, interpreters, editors with command options,
 * multiplexers (busybox), package runners (npm install runs the package's scripts) and wrappers
 * that run the rest of their words as a command.
 */
const RUNS_ITS_ARGUMENTS = new Set([
  // shells
  "sh", "bash", "zsh", "dash", "ash", "ksh", "mksh", "fish", "csh", "tcsh", "cmd", "powershell", "pwsh", "wsl", "busybox", "toybox",
  // interpreters and REPLs
  "node", "nodejs", "deno", "bun", "ts-node", "tsx", "esno", "vite-node", "python", "pypy", "ipython", "jython", "perl", "ruby", "irb", "php",
  "lua", "luajit", "tclsh", "wish", "expect", "osascript", "wscript", "cscript", "mshta", "rscript", "r", "julia", "java", "jshell",
  "groovy", "scala", "kotlin", "ghci", "runghc", "erl", "escript", "elixir", "iex", "swift", "racket", "guile", "sbcl", "clisp", "go",
  // programs whose scripts or options run commands
  "awk", "gawk", "mawk", "nawk", "sed", "gsed", "find", "make", "gmake", "vim", "vi", "nvim", "view", "ex", "ed", "emacs", "ssh",
  // package runners and managers
  "npm", "npx", "pnpm", "pnpx", "yarn", "bunx", "corepack", "volta", "fnm", "pip", "pipx", "uv", "uvx", "poetry", "gem", "bundle", "cargo",
  // wrappers: run the rest of their words as a command
  "env", "xargs", "parallel", "sudo", "su", "doas", "runuser", "pkexec", "gosu", "su-exec", "runas", "nohup", "nice", "ionice", "chrt",
  "taskset", "timeout", "time", "watch", "stdbuf", "unbuffer", "setsid", "flock", "chroot", "nsenter", "unshare", "firejail", "bwrap",
  "systemd-run", "strace", "ltrace", "valgrind", "gdb", "lldb", "script", "tmux", "screen", "exec", "eval", "command", "builtin",
]);

/**
 * Programs that run code named by an option (`git -c core.sshCommand=…`, `tar --to-command=…`,
 * `rsync -e …`): refused when the model writes such an option's value, or a word where it could
 * put such an option itself. `operandsOnly` says after which subcommand the model's words are
 * only operands (git's global options come before the subcommand); `valued` lists the options
 * before the subcommand that take the next word as their value.
 */
const CODE_OPTIONS: Record<string, { options: RegExp; valued?: RegExp; operandsOnly?: (sub: string) => boolean }> = {
  git: {
    options: /^(-c|--config-env|--exec-path|--upload-pack|--receive-pack|-u|--exec|--open-files-in-pager|-O|--extcmd|-x)/,
    valued: /^(-C|-c|--git-dir|--work-tree|--namespace|--config-env|--exec-path|--super-prefix|--list-cmds)$/,
    // Transport and tool-running subcommands read `--upload-pack=<cmd>`, `-x <cmd>`, `--extcmd=` from any word.
    operandsOnly: (sub) => !/^(clone|fetch|pull|push|ls-remote|archive|submodule|remote|bundle|daemon|send-email|difftool|mergetool|grep|bisect|rebase|filter-branch|instaweb|config|help)$/.test(sub),
  },
  tar: { options: /^(--to-command|--checkpoint-action|--use-compress-program|-I|-F|--info-script|--new-volume-script|--rsh-command|--rmt-command)/ },
  bsdtar: { options: /^(--use-compress-program|-I)/ },
  rsync: { options: /^(-e|--rsh|--rsync-path)/ },
  scp: { options: /^(-o|-S|-F)/ },
  sftp: { options: /^(-o|-S|-F|-D|-b)/ },
  zip: { options: /^(-TT|--unzip-command)/ },
  curl: { options: /^(-K|--config)$/ },
  less: { options: /^(-k|--lesskey)/ },
  man: { options: /^(-P|--pager|-H|--html)/ },
};

/**
 * The name a program is known by: no directory, no `.exe`, no version suffix
 * (`/usr/bin/python3.12` -> python, `node18`, `perl5.36`, `ruby3.2`, `php-8.2`).
 */
export function programName(program: string): string {
  return fileName(program).replace(/[-_.]?\d+(\.\d+)*$/, "");
}

/** The program's file name: no directory, no `.exe`, lower case (`/usr/bin/Python3.12` -> python3.12). */
function fileName(program: string): string {
  return program.replace(/^.*[\\/]/, "").toLowerCase().replace(/\.(exe|cmd|bat|com)$/, "");
}

export function runsItsArguments(program: string): boolean {
  return RUNS_ITS_ARGUMENTS.has(fileName(program)) || RUNS_ITS_ARGUMENTS.has(programName(program));
}

/** The fixed text a word starts with (all of it when the word has no expression). */
function fixedPrefix(w: CommandWord): string {
  let out = "";
  for (const p of w) { if (!("text" in p)) break; out += p.text; }
  return out;
}

/**
 * Whether execFile(program, words) would still run text as code: the program runs its arguments,
 * the model writes the value of an option that runs a command, or the model controls the start
 * of a word where the program reads such options.
 */
export function stillRunsCode(program: string, words: CommandWord[]): boolean {
  if (runsItsArguments(program)) return true;
  const spec = CODE_OPTIONS[programName(program)];
  if (!spec) return false;
  const modelWrites = (w: CommandWord | undefined) => !!w && w.some((p) => "expr" in p);
  let sub: string | undefined;
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const fixed = fixedPrefix(w);
    const whole = modelWrites(w) ? undefined : fixed;
    if (whole === "--") return false; // options end here: the rest are operands
    if (fixed && spec.options.test(fixed) && (modelWrites(w) || modelWrites(words[i + 1]))) return true;
    if (!fixed && !(spec.operandsOnly && sub !== undefined && spec.operandsOnly(sub))) return true;
    if (sub === undefined && whole !== undefined) {
      if (spec.valued?.test(whole)) i++;
      else if (!whole.startsWith("-")) sub = whole;
    }
  }
  return false;
}

const CHILD_PROCESS = /^(node:)?child_process$/;

/** Whether a binding is child_process itself (`* as cp`, `cp from`, `require(...)`), or its export `name`. */
function isChildProcess(b: BindingAt | null, name: string): b is Extract<BindingAt, { kind: "import" | "require" }> {
  if (!b || b.kind === "other" || !CHILD_PROCESS.test(b.source)) return false;
  return name === "*" ? b.imported === "*" || b.imported === "default" : b.imported === name;
}

/** Whether `callee` (`exec`, `cp.exec`) at `offset` is child_process's own function, not a wrapper like promisify(exec) or a parameter. */
export function isChildProcessCallee(program: TSESTree.Program, offset: number, callee: string): boolean {
  const parts = callee.split(".");
  if (parts.length === 1) return isChildProcess(bindingAt(program, offset, callee), callee);
  return parts.length === 2 && isChildProcess(bindingAt(program, offset, parts[0]), "*");
}

/**
 * The edit that makes `name` mean child_process's `name` at `offset` (where `via`, the exec
 * being replaced, is bound from child_process): nothing when it already does, otherwise `name`
 * added to the import or destructured require that binds `via`. Null when `name` already means
 * something else there (a local function, a parameter, another module's export: a clash), or
 * there is no list to extend; then the rewrite is not offered.
 */
export function addChildProcessImport(program: TSESTree.Program, offset: number, via: string, name: string): { start: number; end: number; text: string } | null {
  const existing = bindingAt(program, offset, name);
  if (existing) return isChildProcess(existing, name) ? { start: 0, end: 0, text: "" } : null;
  const host = bindingAt(program, offset, via);
  if (!isChildProcess(host, via)) return null;
  if (host.kind === "import") {
    const named = host.declaration.specifiers.filter((s) => s.type === "ImportSpecifier");
    const last = named[named.length - 1];
    return last ? { start: last.range[1], end: last.range[1], text: `, ${name}` } : null;
  }
  const pattern = host.declaration.id;
  if (pattern.type !== "ObjectPattern") return null;
  const last = pattern.properties[pattern.properties.length - 1];
  return last && last.type === "Property" ? { start: last.range[1], end: last.range[1], text: `, ${name}` } : null;
}
