// scripts/release.ts: the model proposes the next tag and writes the release notes.
import Anthropic from "@anthropic-ai/sdk";
import { GoogleGenAI } from "@google/genai";
import { ChatOpenAI } from "@langchain/openai";
import { exec, execFileSync, execSync, spawnSync } from "node:child_process";

const anthropic = new Anthropic();
const genai = new GoogleGenAI({});
const llm = new ChatOpenAI({ model: "gpt-4o-mini" });

export function tagNextRelease(changelog: string) {
  return anthropic.messages
    .create({
      model: "claude-sonnet-4-5",
      max_tokens: 32,
      system: "Reply with the next semver tag only, for example v1.4.0.",
      messages: [{ role: "user", content: changelog }],
    })
    .then((msg) => {
      const block = msg.content[0];
      const tag = block.type === "text" ? block.text.trim() : "";
      // llmsafe-expect: llm-output-command-injection
      exec(`git tag -a ${tag} -m "release ${tag}" && git push origin ${tag}`);
      return tag;
    });
}

export async function publishNotes(tag: string, commits: string) {
  const response = await genai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: commits,
    config: { systemInstruction: "Write release notes in Markdown for these commits." },
  });
  const notes = response.text ?? "";
  // llmsafe-expect: llm-output-command-injection
  execSync(`gh release create ${tag} --notes "${notes}"`, { stdio: "inherit" });
}

export async function publishNotesSafe(tag: string, commits: string) {
  const response = await genai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: commits,
    config: { systemInstruction: "Write release notes in Markdown for these commits." },
  });
  // llmsafe-expect-clean: llm-output-command-injection
  execFileSync("gh", ["release", "create", tag, "--notes", response.text ?? ""], { stdio: "inherit" });
}

export async function bumpDependencies(advice: string) {
  const reply = await llm.invoke([
    ["system", "Reply with the npm packages to upgrade, space separated, nothing else."],
    ["human", advice],
  ]);
  const packages = String(reply.content).trim();
  // llmsafe-expect: llm-output-command-injection
  spawnSync("sh", ["-c", `npm install ${packages}@latest`], { stdio: "inherit" });
  // llmsafe-expect-clean: llm-output-command-injection
  spawnSync("npm", ["install", ...packages.split(/\s+/).map((p) => `${p}@latest`)], { stdio: "inherit" });
}
