// bin/ai.mjs: `ai "find large files in ~/Downloads"` turns a request into a shell command;
// `ai commit` writes the commit message.
import OpenAI from "openai";
import { exec, execFileSync, execSync } from "node:child_process";
import { execa } from "execa";
import { $ } from "zx";

const openai = new OpenAI();

const TRANSLATE = "Translate the request into one POSIX shell command for macOS. Output only the command.";

export async function suggestCommand(request) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: TRANSLATE },
      { role: "user", content: request },
    ],
  });
  return completion.choices[0].message.content?.trim() ?? "";
}

export async function runSuggestion(request) {
  const cmd = await suggestCommand(request);
  // llmsafe-expect: llm-output-command-injection
  exec(cmd, (error, stdout, stderr) => {
    process.stdout.write(error ? stderr : stdout);
  });
}

export async function runSuggestionWithExeca(request) {
  const cmd = await suggestCommand(request);
  // llmsafe-expect: llm-output-command-injection
  const { stdout } = await execa(cmd, { shell: true, timeout: 30_000 });
  return stdout;
}

export async function runScriptStreaming(request) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    stream: true,
    messages: [
      { role: "system", content: "Write a bash script that does what the user asks. Script only." },
      { role: "user", content: request },
    ],
  });
  let script = "";
  for await (const chunk of stream) {
    script += chunk.choices[0]?.delta?.content ?? "";
    process.stderr.write(".");
  }
  // llmsafe-expect: llm-output-command-injection
  await $`bash -c ${script}`;
}

export async function newBranchFor(issueTitle) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Suggest a kebab-case git branch name for this issue. Name only." },
      { role: "user", content: issueTitle },
    ],
  });
  const name = completion.choices[0].message.content.trim();
  // llmsafe-expect-clean: llm-output-command-injection
  await execa("git", ["switch", "-c", name]);
  return name;
}

export async function commitWithAiMessage() {
  // llmsafe-expect-clean: llm-output-command-injection
  const diff = execSync("git diff --staged", { encoding: "utf8" });
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Write a one-line conventional commit message for this diff.",
    input: diff,
  });
  const message = res.output_text.trim();
  // llmsafe-expect: llm-output-command-injection
  execSync(`git commit -m "${message}"`, { stdio: "inherit" });
}

export async function commitWithAiMessageSafe() {
  const diff = execFileSync("git", ["diff", "--staged"], { encoding: "utf8" });
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Write a one-line conventional commit message for this diff.",
    input: diff,
  });
  // llmsafe-expect-clean: llm-output-command-injection
  execFileSync("git", ["commit", "-m", res.output_text.trim()], { stdio: "inherit" });
}
