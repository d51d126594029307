// Read-only command detection: a fixed command line that only reports state is not a
// high-impact effect of a tool.
// Which programs only read is model data (Model.readOnlyCommands, in models/agency.ts).
import type { ModelIndex } from "../model";
import type { Val } from "../value";

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
