// server.ts: "repo-helper", a low-level MCP server written as a class, the tools dispatched with an
// if/else chain on request.params.name and, for the git tools, through a table of handlers.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema, GetPromptRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { execSync } from "node:child_process";
import { writeFile } from "node:fs/promises";
import OpenAI from "openai";

const openai = new OpenAI();
const REPO = process.env.REPO_DIR ?? process.cwd();

type Args = Record<string, unknown> | undefined;

const gitTools: Record<string, (args: Args) => Promise<string>> = {
  // llmsafe-expect-clean: excessive-agency-tool
  git_status: async () => execSync("git status --short", { cwd: REPO }).toString(),
  // llmsafe-expect: excessive-agency-tool
  git_checkout: async (args) => {
    return execSync(`git checkout ${args?.branch}`, { cwd: REPO }).toString();
  },
};

export class RepoHelperServer {
  private server: Server;

  constructor() {
    this.server = new Server({ name: "repo-helper", version: "1.0.0" }, { capabilities: { tools: {}, prompts: {} } });
    this.setupHandlers();
  }

  private setupHandlers() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const toolName = request.params.name;
      const args = request.params.arguments as Args;
      // llmsafe-expect: excessive-agency-tool
      if (toolName === "write_file") {
        // llmsafe-expect: llm-output-path-traversal
        await writeFile(`${REPO}/${args?.path}`, String(args?.content ?? ""));
        return { content: [{ type: "text", text: "written" }] };
      // llmsafe-expect: excessive-agency-tool
      } else if (toolName === "clean_build") {
        execSync("npm run clean", { cwd: REPO });
        return { content: [{ type: "text", text: "cleaned" }] };
      // llmsafe-expect-clean: excessive-agency-tool
      } else if (toolName === "summarize_diff") {
        const diff = execSync("git diff --stat", { cwd: REPO }).toString();
        const out = await openai.chat.completions.create({ model: "gpt-4o-mini", messages: [{ role: "user", content: diff }] });
        return { content: [{ type: "text", text: out.choices[0].message.content ?? "" }] };
      }
      // llmsafe-expect: model-chosen-tool-dispatch
      const handler = gitTools[toolName];
      if (!handler) throw new Error(`unknown tool ${toolName}`);
      // The model's arguments enter the table's entries here (reported where they are passed in).
      // llmsafe-expect: llm-output-command-injection
      return { content: [{ type: "text", text: await handler(args) }] };
    });

    // Prompt arguments are typed by the person using the client, not chosen by a model.
    this.server.setRequestHandler(GetPromptRequestSchema, async (request) => {
      const focus = String(request.params.arguments?.focus ?? "correctness");
      const res = await openai.chat.completions.create({
        model: "gpt-4o-mini",
        messages: [
          // llmsafe-expect: system-prompt-injection
          // llmsafe-expect-clean: indirect-prompt-injection
          { role: "system", content: `You review pull requests. Focus on ${focus}.` },
          { role: "user", content: execSync("git diff", { cwd: REPO }).toString() },
        ],
      });
      return { messages: [{ role: "assistant", content: { type: "text", text: res.choices[0].message.content ?? "" } }] };
    });
  }
}
