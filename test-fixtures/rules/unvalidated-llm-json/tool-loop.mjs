// assistant/loop.mjs: a hand-written tool loop over the Chat Completions and Responses APIs.
import OpenAI from "openai";
import Ajv from "ajv";
import { readFileSync } from "node:fs";

const openai = new OpenAI();
const ajv = new Ajv();

// llmsafe-expect-clean: unvalidated-llm-json
const settings = JSON.parse(readFileSync(new URL("./settings.json", import.meta.url), "utf8"));

const weatherArgsSchema = {
  type: "object",
  properties: { city: { type: "string", maxLength: 80 }, unit: { enum: ["c", "f"] } },
  required: ["city"],
  additionalProperties: false,
};
const validateWeatherArgs = ajv.compile(weatherArgsSchema);

const TOOLS = [
  { type: "function", function: { name: "get_weather", description: "Current weather for a city", parameters: weatherArgsSchema } },
  {
    type: "function",
    function: {
      name: "add_reminder",
      description: "Add an item to the user's reminder list",
      parameters: { type: "object", properties: { text: { type: "string" }, at: { type: "string" } }, required: ["text", "at"] },
    },
  },
];

const reminders = [];

async function weatherFor(city, unit = "c") {
  const res = await fetch(`https://wttr.in/${encodeURIComponent(city)}?format=3&${unit === "f" ? "u" : "m"}`);
  return res.text();
}

export async function chatWithTools(messages) {
  const completion = await openai.chat.completions.create({ model: settings.model ?? "gpt-4o", messages, tools: TOOLS });
  const message = completion.choices[0].message;
  messages.push(message);
  for (const call of message.tool_calls ?? []) {
    if (call.function.name === "get_weather") {
      // llmsafe-expect-clean: unvalidated-llm-json
      const args = JSON.parse(call.function.arguments);
      if (!validateWeatherArgs(args)) {
        messages.push({ role: "tool", tool_call_id: call.id, content: `invalid arguments: ${ajv.errorsText(validateWeatherArgs.errors)}` });
        continue;
      }
      messages.push({ role: "tool", tool_call_id: call.id, content: await weatherFor(args.city, args.unit) });
    } else if (call.function.name === "add_reminder") {
      // llmsafe-expect: unvalidated-llm-json
      const { text, at } = JSON.parse(call.function.arguments);
      reminders.push({ text, at: new Date(at) });
      messages.push({ role: "tool", tool_call_id: call.id, content: `ok, ${reminders.length} reminders` });
    }
  }
  return message;
}

export async function classify(ticket) {
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: 'Classify the ticket. Reply with JSON {"category": string, "urgent": boolean}.',
    input: ticket,
  });
  // llmsafe-expect: unvalidated-llm-json
  const { category, urgent } = JSON.parse(response.output_text);
  return { queue: urgent ? "urgent" : category };
}

export function tagsFor(post) {
  return openai.responses
    .create({ model: "gpt-4.1-mini", instructions: "Return a JSON array of three lowercase tags.", input: post })
    // llmsafe-expect: unvalidated-llm-json
    .then((response) => JSON.parse(response.output_text))
    .then((tags) => tags.map((t) => t.trim()));
}
