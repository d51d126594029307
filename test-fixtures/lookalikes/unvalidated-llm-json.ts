// lookalikes/unvalidated-llm-json.ts: JSON.parse near model output, with and without a schema.
import OpenAI from "openai";
import Anthropic from "@anthropic-ai/sdk";
import Ajv from "ajv";
import * as v from "valibot";
import { readFileSync } from "node:fs";
import { z } from "zod";

const openai = new OpenAI();
const anthropic = new Anthropic();
const ajv = new Ajv();

type Plan = { steps: { tool: string; input: string }[] };
const PlanSchema = z.object({ steps: z.array(z.object({ tool: z.enum(["search", "read"]), input: z.string() })).max(8) });
const TagsSchema = v.array(v.pipe(v.string(), v.maxLength(30)));
const validateTicket = ajv.compile({
  type: "object",
  properties: { priority: { enum: ["low", "high"] } },
  required: ["priority"],
  additionalProperties: false,
});

async function completeJson(instructions: string, input: string) {
  const res = await openai.responses.create({ model: "gpt-4.1-mini", instructions, input });
  return res.output_text;
}

// ---- look dangerous, are safe -------------------------------------------------------------

export async function valibotTags(post: string) {
  const text = await completeJson("Return a JSON array of up to five tags.", post);
  // llmsafe-expect-clean: unvalidated-llm-json
  const tags = v.parse(TagsSchema, JSON.parse(text));
  return tags;
}

export async function ajvTicket(ticket: string) {
  const text = await completeJson('Return {"priority": "low"|"high"}.', ticket);
  // llmsafe-expect-clean: unvalidated-llm-json
  const parsed: unknown = JSON.parse(text);
  if (!validateTicket(parsed)) throw new Error(ajv.errorsText(validateTicket.errors));
  return parsed;
}

export function configFile() {
  // llmsafe-expect-clean: unvalidated-llm-json
  return JSON.parse(readFileSync("config/assistant.json", "utf8")) as { model: string };
}

export async function ownApi(orderId: string) {
  const res = await fetch(`https://orders.internal.acme.dev/v1/orders/${encodeURIComponent(orderId)}`);
  // llmsafe-expect-clean: unvalidated-llm-json
  return JSON.parse(await res.text());
}

export async function safeParsePlan(goal: string) {
  const text = await completeJson('Plan the steps as {"steps": [{"tool": "search"|"read", "input": string}]}.', goal);
  // llmsafe-expect-clean: unvalidated-llm-json
  const result = PlanSchema.safeParse(JSON.parse(text));
  return result.success ? result.data : { steps: [] };
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function castIsNotValidation(goal: string) {
  const text = await completeJson("Plan the steps as JSON.", goal);
  // llmsafe-expect: unvalidated-llm-json
  const plan = JSON.parse(text) as Plan;
  return plan.steps.map((s) => s.tool);
}

export async function fencesStripped(goal: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Plan the steps as JSON for: ${goal}` }],
  });
  const raw = completion.choices[0]?.message?.content ?? "{}";
  // llmsafe-expect: unvalidated-llm-json
  const plan: Plan = JSON.parse(raw.replace(/^```json\s*|```$/g, ""));
  return plan.steps.length;
}

export async function stringifiedContent(goal: string) {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 500,
    messages: [{ role: "user", content: goal }],
  });
  const first = msg.content[0];
  // llmsafe-expect: unvalidated-llm-json
  const plan = JSON.parse(String(first.type === "text" ? first.text : "{}"));
  return plan.steps;
}

export function viaThen(goal: string) {
  return (
    completeJson("Plan the steps as JSON.", goal)
      // llmsafe-expect: unvalidated-llm-json
      .then((text) => JSON.parse(text.trim()))
      .then((plan: Plan) => plan.steps)
  );
}

export async function streamedArguments(goal: string) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    stream: true,
    messages: [{ role: "user", content: goal }],
    tools: [{ type: "function", function: { name: "plan", parameters: { type: "object", properties: {} } } }],
  });
  let args = "";
  for await (const chunk of stream) {
    args += chunk.choices[0]?.delta?.tool_calls?.[0]?.function?.arguments ?? "";
  }
  // llmsafe-expect: unvalidated-llm-json
  const { steps } = JSON.parse(args);
  return steps;
}

export async function validatedTheWrongThing(goal: string) {
  const text = await completeJson("Plan the steps as JSON.", goal);
  PlanSchema.parse({ steps: [] });
  // llmsafe-expect: unvalidated-llm-json
  const plan = JSON.parse(text);
  return plan.steps;
}
