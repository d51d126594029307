// A LangChain-style tool whose base class comes from the team's own workspace package: no LLM
// package is named in this file, yet the class is a tool the model calls.
import { exec } from "node:child_process";
import { AgentTool } from "@acme/agent-kit";

export class ShellTool extends AgentTool {
  name = "shell";
  description = "Run a shell command on the build box";

  // A subclass tool is reported at its _call method.
  // llmsafe-expect: excessive-agency-tool
  async _call(command: string) {
    // llmsafe-expect: llm-output-command-injection
    return new Promise((resolve) => exec(command, (_e, out) => resolve(out)));
  }
}
