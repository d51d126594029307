// src/lib/git.ts: the one place the release tooling runs git.
import { exec } from "node:child_process";

export function git(args: string): Promise<string> {
  return new Promise((resolve, reject) => {
    exec(`git ${args}`, { timeout: 30_000 }, (error, stdout, stderr) => (error ? reject(new Error(stderr || error.message)) : resolve(stdout)));
  });
}
