// A maintenance agent collects the shell steps the model proposes into a Set (to drop duplicates)
// and a Map (step label -> command), then runs them. Steps the app writes itself are fixed.
import { exec } from "node:child_process";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

export async function runPlan(goal: string) {
  const msg = await anthropic.messages.create({
    model: "claude-3-5-haiku-latest",
    max_tokens: 512,
    messages: [{ role: "user", content: `List shell steps to ${goal}, one per line.` }],
  });
  const text = msg.content[0].type === "text" ? msg.content[0].text : "";

  const steps = new Set<string>();
  for (const line of text.split("\n")) steps.add(line.trim());
  // llmsafe-expect: llm-output-command-injection
  exec([...steps].join(" && "));
  // llmsafe-expect: llm-output-command-injection
  exec(Array.from(steps).join(" && "));
  for (const step of steps.values()) {
    // llmsafe-expect: llm-output-command-injection
    exec(step);
  }
  steps.forEach((step) => {
    // llmsafe-expect: llm-output-command-injection
    exec(step);
  });

  // The model names the steps; the commands under them are the app's own.
  const byLabel = new Map<string, string>();
  for (const label of text.split("\n")) byLabel.set(label, "git status --short");
  for (const [label, command] of byLabel) {
    // llmsafe-expect-clean: llm-output-command-injection
    exec(command);
    console.log(label);
  }
  byLabel.forEach((command, label) => {
    // llmsafe-expect-clean: llm-output-command-injection
    exec(command);
    // llmsafe-expect: llm-output-command-injection
    exec(`echo ${label}`);
  });

  // Fixed housekeeping steps, de-duplicated the same way.
  const housekeeping = new Set<string>(["git fetch --prune", "git gc --auto"]);
  housekeeping.add("git status --short");
  for (const step of housekeeping) {
    // llmsafe-expect-clean: llm-output-command-injection
    exec(step);
  }
}
