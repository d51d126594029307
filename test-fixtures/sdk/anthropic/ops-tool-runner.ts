// scripts/ops-assistant.ts: on-call assistant built on the Anthropic tool runner (beta zod helpers).
import Anthropic from "@anthropic-ai/sdk";
import { betaZodTool } from "@anthropic-ai/sdk/helpers/beta/zod";
import { execFile, execSync } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const execFileAsync = promisify(execFile);
// llmsafe-expect: hardcoded-api-key
const anthropic = new Anthropic({ apiKey: "sk-ant-api03-FAKE_fixture-llmsafe0123456789notARealKey_FAKE_fixture-llmsafe0123456789notARealKey_FAKE_fixtAA" });

// llmsafe-expect: excessive-agency-tool
const restartService = betaZodTool({
  name: "restart_service",
  description: "Restart a systemd service on the app server",
  inputSchema: z.object({ unit: z.string() }),
  run: async ({ unit }) => {
    // llmsafe-expect: llm-output-command-injection
    return execSync(`sudo systemctl restart ${unit}`, { encoding: "utf8" });
  },
});

// A fixed, read-only command (`systemctl status`): the model only picks which unit to look at.
// llmsafe-expect-clean: excessive-agency-tool
const serviceStatus = betaZodTool({
  name: "service_status",
  description: "Show the status of a systemd service",
  inputSchema: z.object({ unit: z.enum(["api", "worker", "scheduler"]) }),
  run: async ({ unit }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    const { stdout } = await execFileAsync("systemctl", ["status", "--no-pager", `acme-${unit}.service`]);
    return stdout;
  },
});

// The same fixed-program call, but `restart` acts on the server.
// llmsafe-expect: excessive-agency-tool
const restartKnownService = betaZodTool({
  name: "restart_known_service",
  description: "Restart one of the app's services",
  inputSchema: z.object({ unit: z.enum(["api", "worker", "scheduler"]) }),
  run: async ({ unit }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    const { stdout } = await execFileAsync("systemctl", ["restart", `acme-${unit}.service`]);
    return stdout;
  },
});

export async function onCall(question: string) {
  const finalMessage = await anthropic.beta.messages.toolRunner({
    model: "claude-sonnet-4-5",
    max_tokens: 2048,
    system: "You help the on-call engineer. Prefer read-only tools.",
    messages: [{ role: "user", content: question }],
    tools: [restartService, serviceStatus, restartKnownService],
  });
  return finalMessage.content;
}

export async function explainIssues(question: string) {
  // llmsafe-expect-clean: llm-output-command-injection
  const host = execSync("hostname", { encoding: "utf8" }).trim();
  const issues = await fetch("https://sentry.io/api/0/projects/acme/api/issues/?query=is:unresolved", {
    // llmsafe-expect-clean: secret-in-prompt
    headers: { Authorization: `Bearer ${process.env.SENTRY_AUTH_TOKEN}` },
  }).then((r) => r.text());
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 600,
    // llmsafe-expect: indirect-prompt-injection
    system: `You explain production errors seen on ${host}. Open Sentry issues:\n${issues}`,
    messages: [{ role: "user", content: question }],
  });
  return msg.content;
}
