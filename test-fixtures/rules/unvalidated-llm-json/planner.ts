// lib/planner.ts: asks a model for a step-by-step plan as JSON (LangChain, AI SDK, raw REST).
import { ChatOpenAI } from "@langchain/openai";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { z } from "zod";

type Plan = { steps: { tool: string; input: string }[] };

const PlanSchema = z.object({
  steps: z.array(z.object({ tool: z.enum(["search", "read", "summarize"]), input: z.string() })).max(10),
});

const PLAN_INSTRUCTIONS = 'Plan the task. Reply with JSON {"steps": [{"tool": "search"|"read"|"summarize", "input": string}]}.';

const llm = new ChatOpenAI({ model: "gpt-4o", temperature: 0 });

export async function plan(goal: string): Promise<Plan> {
  const reply = await llm.invoke([
    ["system", PLAN_INSTRUCTIONS],
    ["human", goal],
  ]);
  // llmsafe-expect: unvalidated-llm-json
  const parsed: Plan = JSON.parse(reply.content as string);
  return parsed;
}

export async function planValidated(goal: string) {
  const reply = await llm.invoke([
    ["system", PLAN_INSTRUCTIONS],
    ["human", goal],
  ]);
  const text = typeof reply.content === "string" ? reply.content : "";
  // llmsafe-expect-clean: unvalidated-llm-json
  const candidate: unknown = JSON.parse(text.replace(/^```json\s*|\s*```$/g, ""));
  return PlanSchema.parse(candidate);
}

async function restCompletion(goal: string) {
  const res = await fetch("https://api.openai.com/v1/chat/completions", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      response_format: { type: "json_object" },
      messages: [
        { role: "system", content: PLAN_INSTRUCTIONS },
        { role: "user", content: goal },
      ],
    }),
  });
  return res.json();
}

export async function planViaRest(goal: string) {
  const data = await restCompletion(goal);
  // llmsafe-expect: unvalidated-llm-json
  const planned = JSON.parse(data.choices[0].message.content);
  for (const step of planned.steps) console.log(`${step.tool}: ${step.input}`);
  return planned;
}

export async function planViaRestValidated(goal: string) {
  const data = await restCompletion(goal);
  // llmsafe-expect-clean: unvalidated-llm-json
  return PlanSchema.parse(JSON.parse(data.choices[0].message.content));
}

export async function uiPreferences(description: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: 'Reply with JSON {"theme": "light"|"dark", "density": "compact"|"comfortable"}.',
    prompt: description,
  });
  // llmsafe-expect: unvalidated-llm-json
  const prefs = JSON.parse(text);
  return { theme: prefs.theme, compact: prefs.density === "compact" };
}

export async function uiPreferencesValidated(description: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: 'Reply with JSON {"theme": "light"|"dark", "density": "compact"|"comfortable"}.',
    prompt: description,
  });
  const Prefs = z.object({ theme: z.enum(["light", "dark"]), density: z.enum(["compact", "comfortable"]) });
  // llmsafe-expect-clean: unvalidated-llm-json
  const result = Prefs.safeParse(JSON.parse(text));
  return result.success ? result.data : { theme: "light", density: "comfortable" };
}
