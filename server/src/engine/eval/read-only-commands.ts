// Read-only command detection: a fixed command line that only reports state is not a
// high-impact effect of a tool.
// Which programs only read is model data (Model.readOnlyCommands, in models/agency.ts).
import { interpreterOf, mayBeShell, programName } from "./command-lines";
import type { ModelIndex } from "../model";
import type { Val } from "../value";

/**
 * `execFile("ffmpeg", [...])`, `spawn("git", ["push", ...])` with no shell: what the fixed program
 * can do (Model.programEffects), or null for nothing high-impact. Undefined when the program is not
 * fixed or runs what it is given (a shell, an interpreter, npx, sudo): the call runs commands.
 */
export function fixedProgramEffect(args: Val[], models: ModelIndex): string | null | undefined {
  const program = args[0];
  const names = program?.str !== undefined ? [program.str] : program?.strs;
  // One word: a command line with spaces goes through the program's own parser at best.
  if (!program || !names?.length || program.strs && isTaintedLike(program) || names.some((n) => /\s/.test(n.trim()))) return undefined;
  if (mayBeShell(program, models.commandPrograms) || interpreterOf(program, models.commandPrograms)) return undefined;
  const pe = models.programEffects;
  // `git log --output=FILE` and the like write the file they are given.
  const writes = (args[1]?.elems ?? []).some((a) => /^--output\b/.test(a.str ?? a.prefix ?? ""));
  let effect: string | null = null;
  for (const name of names.map(programName)) {
    if (pe.runAnything.has(name)) return undefined;
    const sub = pe.subcommands.get(name);
    const word = args[1]?.elems?.[0]?.str;
    effect ??= pe.programs.get(name) ?? (sub && (word === undefined || sub.of.has(word)) ? sub.effect : null);
    if (!effect && writes && !models.outputIsAFormat.has(name)) effect = "overwrites files";
  }
  return effect;
}

/** A value that may be something other than its listed constants (a parameter, a tainted join). */
function isTaintedLike(v: Val): boolean {
  return (v.t | v.p) !== 0;
}

/** `execFile("git", ["status", ...])`, `exec("systemctl status api")`: a fixed program and subcommand that only read. */
export function isReadOnlyCommand(args: Val[], models: ModelIndex): boolean {
  const first = args[0]?.str;
  if (first === undefined) return false;
  let words: (string | undefined)[];
  // What each argument is known to start with: a flag's name, whatever value follows it.
  let starts: (string | undefined)[];
  if (/\s/.test(first.trim())) {
    // One command string: no shell operators, or it could run anything after the first command.
    if (/[;&|`$<>()\n]/.test(first)) return false;
    words = starts = first.trim().split(/\s+/);
  } else {
    const argv = args[1]?.elems ?? [];
    words = [first.trim(), argv[0]?.str];
    starts = argv.map((a) => a.str ?? a.prefix);
  }
  const prog = (words[0] ?? "").replace(/^.*\//, "");
  // `git log --output=FILE` and the like write a file. Not `-o`: for kubectl, ps and systemctl
  // it picks an output format; nor df's --output, a list of columns.
  if (!models.outputIsAFormat.has(prog) && starts.some((w) => w !== undefined && /^--output\b/.test(w))) return false;
  if (models.readOnlyPrograms.has(prog)) return true;
  const sub = models.readOnlySubcommands.get(prog);
  return !!sub && words[1] !== undefined && sub.has(words[1]);
}
