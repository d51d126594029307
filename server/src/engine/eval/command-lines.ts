// Command lines of spawned programs: which argument a shell parses as a command, which an
// interpreter runs as code, and which names a script file it runs (and what the program wrote
// to that file). Given the models' knowledge of programs (Model.commandPrograms).
import type { TSESTree } from "@typescript-eslint/typescript-estree";
import { assignPattern } from "./assignment";
import type { Evaluator, Frame } from "./evaluator";
import { checkSink } from "./sinks";
import { type Node, unwrap } from "./syntax";
import type { ModelRow } from "../model";
import { flatten, isTainted, join, type Val } from "../value";

/** What the models know about programs that run text: shells and script interpreters. */
export interface CommandPrograms {
  /** Shells that run a command string after a command flag (`bash -c`, `cmd /c`, `pwsh -Command`). */
  readonly shells: ReadonlySet<string>;
  /** Environment variables that name the user's shell (`SHELL`, `ComSpec`), upper-cased. */
  readonly shellEnvVars: ReadonlySet<string>;
  /** Interpreters, with the flags whose next argument is code (`node -e`, `python -c`). */
  readonly interpreters: ReadonlyMap<string, ReadonlySet<string>>;
  /** References whose value is an interpreter's path (`process.execPath`: node). */
  readonly interpreterRefs: ReadonlyMap<string, string>;
}

/** The program names a value may be: its constant, the constants a join kept, the shell an env var names. */
export function programNames(v: Val, programs: CommandPrograms): string[] {
  const names: string[] = [];
  if (v.str !== undefined) names.push(v.str);
  for (const s of v.strs ?? []) names.push(s);
  const out = names.map(programName);
  if (v.envName && programs.shellEnvVars.has(v.envName.toUpperCase())) out.push("sh");
  const viaRef = v.ref ? programs.interpreterRefs.get(v.ref) : undefined;
  if (viaRef) out.push(viaRef);
  return out;
}

/** `/usr/local/bin/bash` → `bash`, `C:\Windows\System32\cmd.exe` → `cmd`. */
export function programName(path: string): string {
  return path.trim().replace(/^.*[\\/]/, "").replace(/\.exe$/i, "").toLowerCase();
}

export function mayBeShell(program: Val, programs: CommandPrograms): boolean {
  return programNames(program, programs).some((n) => programs.shells.has(n));
}

/** The interpreter a program value may be, if any (`python3`, `node`). */
export function interpreterOf(program: Val, programs: CommandPrograms): string | null {
  return programNames(program, programs).find((n) => programs.interpreters.has(n)) ?? null;
}

/** The strings an argument may be: its constant, or the constants a join kept. */
function argStrings(v: Val): string[] {
  return v.str !== undefined ? [v.str] : v.strs ?? [];
}

/** `-c`, `-lc`, `-ec` (sh family), `/c`, `/k` (cmd), `-Command`, `-c` (PowerShell). */
function isCommandFlag(s: string): boolean {
  return /^-[a-z]*c[a-z]*$/i.test(s) || /^\/[ck]$/i.test(s) || /^-command$/i.test(s);
}

/**
 * Indexes of the arguments a shell parses as a command line: the one right after each command
 * flag. Later arguments become `$0`, `$1`, ... of that command, which the shell does not parse.
 */
export function shellCommandArgs(argv: readonly Val[]): number[] {
  const out: number[] = [];
  argv.forEach((a, i) => {
    if (i + 1 < argv.length && argStrings(a).some(isCommandFlag)) out.push(i + 1);
  });
  return out;
}

/** Indexes of the arguments an interpreter runs as code: the one after each of its eval flags. */
export function interpreterCodeArgs(interpreter: string, argv: readonly Val[], programs: CommandPrograms): number[] {
  const flags = programs.interpreters.get(interpreter);
  const out: number[] = [];
  if (!flags) return out;
  argv.forEach((a, i) => {
    if (i + 1 < argv.length && argStrings(a).some((s) => flags.has(s))) out.push(i + 1);
  });
  return out;
}

/**
 * Index of the script file an interpreter or shell runs (`node main.mjs`, `bash cleanup.sh`): the
 * first argument that is not a flag, when no eval flag came first (then there is no script file).
 */
export function scriptArg(argv: readonly Val[], evalFlagAt: readonly number[]): number | null {
  for (let i = 0; i < argv.length; i++) {
    if (evalFlagAt.includes(i + 1)) return null;
    const strs = argStrings(argv[i]);
    if (strs.length && strs.every((s) => s.startsWith("-"))) continue;
    return i;
  }
  return null;
}

type SinkRow = Extract<ModelRow, { kind: "sink" }>;

/**
 * A sink row that applies to a command line (`when` shell-argv, interpreter-argv, script-file):
 * checks the arguments the program runs as a command or as code. The program is `args[0]`.
 */
export function checkCommandLine(ev: Evaluator, row: SinkRow, args: Val[], argNodes: readonly Node[], frame: Frame, api: string): void {
  const programs = ev.models.commandPrograms;
  if (row.when === "script-file") {
    const at = Number(row.arg);
    const holds = args[at]?.holds;
    if (holds && argNodes[at]) checkSink(ev, holds, row.sink, argNodes[at], frame, { api });
    return;
  }
  const program = args[0];
  const argv = args[1]?.elems;
  if (!program || !argv) return;
  const arrNode = argNodes[1] && unwrap(argNodes[1]).type === "ArrayExpression" ? (unwrap(argNodes[1]) as TSESTree.ArrayExpression) : null;
  // The element's own node when the array is written out, else the whole argument.
  const nodeAt = (i: number): Node => (arrNode && arrNode.elements.length === argv.length && arrNode.elements[i]) || argNodes[1];
  let runs: number[];
  if (row.when === "shell-argv") {
    if (!mayBeShell(program, programs)) return;
    runs = shellCommandArgs(argv);
  } else {
    const interpreter = interpreterOf(program, programs);
    if (!interpreter) return;
    runs = interpreterCodeArgs(interpreter, argv, programs);
  }
  for (const i of runs) checkSink(ev, argv[i], row.sink, nodeAt(i), frame, { api });
  // `bash cleanup.sh`, `node main.mjs`: the script file's content runs.
  const script = scriptArg(argv, runs);
  const holds = script === null ? undefined : argv[script].holds;
  if (holds) checkSink(ev, holds, row.sink, nodeAt(script!), frame, { api });
}

/** `writeFileSync(file, code)`: the variable naming the file now also says what it holds. */
export function recordFileWrite(ev: Evaluator, row: Extract<ModelRow, { kind: "file-write" }>, args: Val[], argNodes: readonly Node[], frame: Frame): void {
  const at = Number(row.path.split(".")[0]);
  const content = args[Number(row.content.split(".")[0])];
  const pathNode = argNodes[at] ? unwrap(argNodes[at]) : null;
  if (!content || !isTainted(flatten(content)) || !pathNode || pathNode.type !== "Identifier") return;
  const path = args[at];
  assignPattern(ev, pathNode, { ...path, holds: path.holds ? join(path.holds, content) : content }, frame);
}
