// JSON-mode examples that print the model's JSON, or only check that a tool call's input parses,
// next to code that goes on to use the parsed value.
import OpenAI from "openai";

const client = new OpenAI();

async function ask(prompt: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    response_format: { type: "json_object" },
    messages: [{ role: "user", content: prompt }],
  });
  return completion.choices[0].message.content ?? "{}";
}

export async function printOrderedList() {
  const content = await ask("Order [1, 4, 2, 8] descending; answer as {\"orderedArray\": [...]}.");
  // llmsafe-expect-clean: unvalidated-llm-json
  console.log(JSON.parse(content));
  const summary = await ask("Summarise the release notes as JSON.");
  // llmsafe-expect-clean: unvalidated-llm-json
  const parsed = JSON.parse(summary);
  console.dir(parsed, { depth: null });
  console.log(`summary: ${JSON.stringify(parsed, null, 2)}`);
}

export async function toolInputIsJson(): Promise<boolean> {
  const input = await ask("Call the csv tool with the rows as JSON.");
  try {
    // llmsafe-expect-clean: unvalidated-llm-json
    JSON.parse(input);
    return true;
  } catch {
    return false;
  }
}

// ---- parsed and then used -----------------------------------------------------------------

export async function applyPlan(run: (step: string) => Promise<void>) {
  const text = await ask("Plan the migration as {\"steps\": [...]}.");
  // llmsafe-expect: unvalidated-llm-json
  const plan = JSON.parse(text);
  console.log(plan);
  for (const step of plan.steps) await run(step);
}

export async function loadSettings() {
  const text = await ask("Suggest settings as JSON.");
  // llmsafe-expect: unvalidated-llm-json
  return JSON.parse(text);
}

export async function logAndStore(store: Map<string, unknown>) {
  // llmsafe-expect: unvalidated-llm-json
  console.log(store.set("settings", JSON.parse(await ask("Suggest settings as JSON."))));
}
