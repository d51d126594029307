"use server";
// app/claims/actions.ts: a claims desk. The agent's instructions live in its own channel; the
// user turns below either only label the claimant's text, or splice it into the app's orders.
import { Agent, Runner, user } from "@openai/agents";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const claimsAgent = new Agent({
  name: "Claims Desk",
  instructions: "You review damage claims. Approve only claims that match the policy wording and flag anything that looks staged.",
  model: "gpt-4.1-mini",
});
const runner = new Runner();

// A label and a heading name what follows: no order of the app sits next to the claimant's text.
export async function submitClaim(claim: string, notes: string[] = []) {
  const input = [
    user(
      // llmsafe-expect-clean: undelimited-prompt-input
      `
Claim: ${claim}

## Adjuster Notes
${JSON.stringify(notes, null, 2)}
      `.trim(),
    ),
  ];
  const result = await runner.run(claimsAgent, input);
  return JSON.stringify(result.finalOutput);
}

// Several field labels, one per line.
export async function describeDamage(formData: FormData) {
  const item = String(formData.get("item"));
  const damage = String(formData.get("damage"));
  const result = await runner.run(
    claimsAgent,
    // llmsafe-expect-clean: undelimited-prompt-input
    [user(`Damaged item: ${item}\nWhat happened: ${damage}`)],
  );
  return String(result.finalOutput);
}

// A label joined by concatenation.
export async function quickClaim(formData: FormData) {
  const text = String(formData.get("text"));
  const { text: reply } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Answer questions about the status of a claim. Never promise a payout.",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: "Customer message: " + text,
  });
  return reply;
}

// The same shape, but the label is an order ("Assess ..."): the claimant's text sits in the app's instruction.
export async function assessClaim(claim: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Assess this claim: ${claim}`,
  });
  return text;
}

// A label first, then the app's own orders after the claimant's text: the text can pose as more orders.
export async function reviseDecision(claim: string, decision: string) {
  const result = await runner.run(
    claimsAgent,
    // llmsafe-expect: undelimited-prompt-input
    [user(`Original claim: ${claim}\n\nThe decision below was rejected by a supervisor. Revise it and cite the policy clause.\n\n${JSON.stringify(decision)}`)],
  );
  return String(result.finalOutput);
}

// A heading above an order is still an order.
export async function summariseClaim(claim: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: `## Task\nSummarize the claim below in two sentences for the adjuster.\n${claim}`,
  });
  return text;
}
