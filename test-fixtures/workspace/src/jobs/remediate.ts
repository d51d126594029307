// src/jobs/remediate.ts: on-call helper that asks the ops assistant for a runbook and runs it.
// Both helpers come from internal packages; .llmsaferc.json tells llmsafe what they do.
import { askOpsAssistant } from "@acme/ops-assistant";
import { runRunbook } from "@acme/runbooks";

export async function remediate(alert: string) {
  const plan = await askOpsAssistant(`Suggest the runbook command for this alert: ${alert}`);
  await runRunbook(plan);
}
