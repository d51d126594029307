// tools/build.ts: Agents SDK tool that builds a branch, importing the helper through the barrel.
import { tool } from "@openai/agents";
import { z } from "zod";
import { run } from "../lib/index.js";

export const buildBranch = tool({
  name: "build_branch",
  description: "Check out a branch and run the build",
  parameters: z.object({ branch: z.string() }),
  needsApproval: true,
  execute: async ({ branch }) => {
    // llmsafe-expect: llm-output-command-injection
    return run(`git checkout ${branch} && npm run build`);
  },
});
