// system-prompt-injection on the shapes it sees in route handlers: request data spliced into a
// system message or `system:` option, across a helper file, and the clean ways to do the same.
import { RuleTester, ruleById } from "../rule-tester.mjs";

new RuleTester().run("system-prompt-injection", ruleById("system-prompt-injection"), {
  valid: [
    // The request's text goes in the user message; the system prompt is a constant.
    `import OpenAI from "openai";
const client = new OpenAI();
export async function POST(req: Request) {
  const { message } = await req.json();
  const r = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "You are the support assistant for Acme Cloud." },
      { role: "user", content: message },
    ],
  });
  return Response.json(r.choices[0].message);
}`,
    // The persona is checked against an allow-list before it reaches the instructions.
    `import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
const PERSONAS = ["pirate", "butler", "teacher"];
export async function POST(req: Request) {
  const { persona, message } = await req.json();
  if (!PERSONAS.includes(persona)) return new Response("bad persona", { status: 400 });
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system: \`You are a \${persona}.\`, prompt: message });
  return Response.json({ text });
}`,
  ],
  invalid: [
    {
      code: `import { streamText } from "ai";
import { openai } from "@ai-sdk/openai";
export async function POST(req: Request) {
  const { persona, message } = await req.json();
  const result = streamText({
    model: openai("gpt-4o-mini"),
    system: \`You are \${persona}. Keep answers under 100 words.\`,
    prompt: message,
  });
  return result.toTextStreamResponse();
}`,
      errors: [{ line: 7, column: 13, message: "flows into the system" }],
    },
    {
      name: "through a prompt helper in another file",
      files: {
        "routes/chat.ts": `import express from "express";
import OpenAI from "openai";
import { supportPrompt } from "../lib/prompts";
const openai = new OpenAI();
export const router = express.Router();
router.post("/chat", async (req, res) => {
  const { persona, message } = req.body;
  const r = await openai.chat.completions.create({
    model: "gpt-4o",
    messages: [{ role: "system", content: supportPrompt(persona) }, { role: "user", content: message }],
  });
  res.json(r.choices[0].message);
});`,
        "lib/prompts.ts": `export function supportPrompt(persona: string): string {
  return \`You are \${persona}, the support assistant of Acme.\`;
}`,
      },
      errors: [{ file: "routes/chat.ts", line: 10, column: 57, message: "Request data `req.body` flows into the system message" }],
    },
  ],
});
