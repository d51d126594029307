// llm-output-command-injection on agent tools: a model-chosen command or argument run through a
// shell is flagged; a fixed program with arguments as an array (no shell) is not.
import { RuleTester, ruleById } from "../rule-tester.mjs";

new RuleTester().run("llm-output-command-injection", ruleById("llm-output-command-injection"), {
  valid: [
    // execFile with a fixed program: the model's text is one argument, never shell syntax.
    `import { tool } from "ai";
import { execFileSync } from "node:child_process";
import { z } from "zod";
export const commitsBy = tool({
  description: "List recent commits by an author",
  inputSchema: z.object({ author: z.string() }),
  execute: async ({ author }) => execFileSync("git", ["log", "--oneline", "--author", author], { encoding: "utf8" }),
});`,
    // A shell command made only of constants.
    `import { tool } from "ai";
import { execSync } from "node:child_process";
import { z } from "zod";
export const status = tool({
  description: "Show the working tree status",
  inputSchema: z.object({}),
  execute: async () => execSync("git status --short", { encoding: "utf8" }),
});`,
  ],
  invalid: [
    {
      name: "a tool's command argument run through a promisified exec",
      code: `import { tool } from "ai";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";
const execAsync = promisify(exec);
export const runCommand = tool({
  description: "Run a shell command in the repository",
  inputSchema: z.object({ command: z.string() }),
  execute: async ({ command }) => {
    const { stdout } = await execAsync(command, { cwd: "/srv/checkout" });
    return stdout;
  },
});`,
      errors: [{ line: 10, column: 40, message: "Tool argument `command` chosen by the model reaches `execAsync(...)`" }],
    },
    {
      name: "model output from a chat completion run with bash -c",
      code: `import OpenAI from "openai";
import { spawnSync } from "node:child_process";
const client = new OpenAI();
export async function fixBuild(log: string) {
  const r = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "user", content: "Suggest one shell command that fixes this build:\\n" + log }],
  });
  const cmd = r.choices[0].message.content ?? "";
  return spawnSync("bash", ["-c", cmd], { encoding: "utf8" }).stdout;
}`,
      errors: [{ line: 10, column: 35, message: "Model output from `client.chat.completions.create()` reaches `spawnSync(...)`" }],
    },
  ],
});
