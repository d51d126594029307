// Small, realistic files the protocol tests open or write into temp workspaces.

/** An Express route that puts a request field into the system prompt (system-prompt-injection, line 7). */
export const EXPRESS_ROUTE = `import express from "express";
import OpenAI from "openai";

const app = express();
const openai = new OpenAI();
app.post("/chat", async (req, res) => {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: \`You are \${req.body.persona}\` }] });
  res.json(completion.choices[0].message);
});
`;

/** The same route, made safe: the persona is picked from an allow-list. */
export const EXPRESS_ROUTE_SAFE = `import express from "express";
import OpenAI from "openai";

const app = express();
const openai = new OpenAI();
app.post("/chat", async (req, res) => {
  const completion = await openai.chat.completions.create({ model: "gpt-4o", messages: [{ role: "system", content: "You are a helpful assistant." }] });
  res.json(completion.choices[0].message);
});
`;

/** Gemini safety settings switched off (a safe fix) and a hard-coded key (a suggestion only). */
export const GEMINI_SETTINGS = `import { GoogleGenAI, HarmBlockThreshold, HarmCategory } from "@google/genai";

const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });

export async function story(premise: string) {
  return ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: premise,
    config: {
      safetySettings: [
        { category: HarmCategory.HARM_CATEGORY_HARASSMENT, threshold: HarmBlockThreshold.BLOCK_NONE },
        { category: HarmCategory.HARM_CATEGORY_DANGEROUS_CONTENT, threshold: HarmBlockThreshold.OFF },
      ],
    },
  });
}
`;

/** A chat bubble rendering model output as HTML: the flagged line starts among JSX children (line 9). */
export const CHAT_BUBBLE_TSX = `import { useChat } from "@ai-sdk/react";

export function Transcript() {
  const { messages } = useChat({ api: "/api/chat" });
  return (
    <ul className="transcript">
      {messages.map((m) => (
        <li key={m.id}>
          <div dangerouslySetInnerHTML={{ __html: m.content }} />
        </li>
      ))}
    </ul>
  );
}
`;

/** The same, with the flagged attribute on its own line inside the opening tag (line 10). */
export const CHAT_BUBBLE_ATTRIBUTE_TSX = `import { useChat } from "@ai-sdk/react";

export function Transcript() {
  const { messages } = useChat({ api: "/api/chat" });
  return (
    <ul className="transcript">
      {messages.map((m) => (
        <li key={m.id}>
          <div
            dangerouslySetInnerHTML={{ __html: m.content }}
          />
        </li>
      ))}
    </ul>
  );
}
`;

/** Cross-file: a helper that runs a command, and an agent passing model output to it. */
export const RUN_HELPER = `import { exec } from "node:child_process";
export function run(cmd: string) { exec(cmd); }
`;
export const RUN_HELPER_SAFE = `import { execFile } from "node:child_process";
export function run(cmd: string) { execFile("echo", [cmd]); }
`;
export const AGENT = `import OpenAI from "openai";
import { run } from "./lib/run";
const o = new OpenAI();
export async function go() {
  const c = await o.chat.completions.create({ model: "gpt-4o", messages: [] });
  run(c.choices[0].message.content);
}
`;

/** Cross-file: a helper that builds the system prompt; the finding is at the call site. */
export const PROMPT_HELPER = "export function buildSystemPrompt(p: string) { return `You are ${p}. Be brief.`; }\n";
export const PROMPT_ROUTE = `import OpenAI from "openai";
import { buildSystemPrompt } from "./lib/prompts";
const o = new OpenAI();
export async function POST(req: Request) {
  const b = await req.json();
  return o.chat.completions.create({ model: "m", messages: [{ role: "system", content: buildSystemPrompt(b.persona) }] });
}
`;
