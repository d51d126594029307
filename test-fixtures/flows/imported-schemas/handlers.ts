// handlers/process.ts: each tool validates its arguments with the shared schemas, then runs.
import { exec, execSync } from "node:child_process";
import { ArchiveArgs, RunCommandArgs, Signal } from "./schemas.js";

type Result = { content: { type: "text"; text: string }[]; isError?: boolean };
const text = (t: string): Result => ({ content: [{ type: "text", text: t }] });

export async function handleRunCommand(args: unknown): Promise<Result> {
  const parsed = RunCommandArgs.safeParse(args);
  if (!parsed.success) return { ...text(`Invalid arguments: ${parsed.error}`), isError: true };
  const shell = parsed.data.shell || process.env.SHELL || "/bin/sh";
  // The schema checked that command is a string, not what the string says.
  return text(execSync(parsed.data.command, { shell }).toString());
}

export async function handleWait(args: unknown): Promise<Result> {
  const parsed = RunCommandArgs.safeParse(args);
  if (!parsed.success) return { ...text("bad arguments"), isError: true };
  // timeout_ms is a number and origin one of two words: nothing the model writes gets into the line.
  exec(`sleep ${parsed.data.timeout_ms / 1000} && echo ${parsed.data.origin ?? "llm"}`);
  return text("waited");
}

export async function handleArchive(args: unknown): Promise<Result> {
  const a = ArchiveArgs.parse(args);
  exec(`tar -c -f out.${a.format} --level=${a.level} .`);
  return text("archived");
}

export async function handleArchiveNamed(args: unknown): Promise<Result> {
  const a = ArchiveArgs.parse(args);
  exec(`tar -c -f ${a.name}.tar .`);
  return text("archived");
}

export async function handleSignal(args: { pid: number; signal: unknown }): Promise<Result> {
  const checked = Signal.safeParse(args.signal);
  if (!checked.success) return text("unknown signal");
  exec(`kill -s ${checked.data} ${Number(args.pid)}`);
  return text("sent");
}
