// Hono API for the onboarding assistant: Gemini for answers, an OpenAI agent for custom workflows.
import { Hono } from "hono";
import { GoogleGenAI } from "@google/genai";
import { GoogleGenerativeAI } from "@google/generative-ai";
import { Agent, run } from "@openai/agents";

const app = new Hono();
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const genAI = new GoogleGenerativeAI(process.env.GEMINI_API_KEY ?? "");

const DEFAULT_RULES = "Explain features step by step and link to the docs when you can.";
const AGENT_INSTRUCTIONS = "You help new workspace admins configure SSO and billing.";

function buildSystemPrompt(companyName: string, extraRules: string) {
  return [
    `You are the onboarding assistant for ${companyName}.`,
    "Only answer questions about setting up the product.",
    extraRules,
  ].join("\n");
}

app.post("/onboarding", async (c) => {
  const { company, question } = await c.req.json();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: system-prompt-injection
    contents: question,
    config: {
      // A helper in this file: the finding is at the sink expression (the call), not at its argument.
      // llmsafe-expect: system-prompt-injection
      systemInstruction: buildSystemPrompt(
        company,
        // llmsafe-expect-clean: system-prompt-injection
        DEFAULT_RULES,
      ),
    },
  });
  return c.json({ text: response.text });
});

app.post("/onboarding/internal", async (c) => {
  const { question } = await c.req.json();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: question,
    config: {
      // llmsafe-expect-clean: system-prompt-injection
      systemInstruction: buildSystemPrompt(process.env.COMPANY_NAME ?? "Acme", DEFAULT_RULES),
    },
  });
  return c.json({ text: response.text });
});

app.get("/faq", async (c) => {
  const tone = c.req.query("tone");
  const model = genAI.getGenerativeModel({
    model: "gemini-2.0-flash",
    // llmsafe-expect: system-prompt-injection
    systemInstruction: `Answer FAQ questions in a ${tone} tone.`,
  });
  const result = await model.generateContent(c.req.query("q") ?? "");
  return c.json({ text: result.response.text() });
});

app.get("/faq/short", async (c) => {
  const maxWords = Number(c.req.query("maxWords") ?? "80");
  const model = genAI.getGenerativeModel({
    model: "gemini-2.0-flash",
    // llmsafe-expect-clean: system-prompt-injection
    systemInstruction: `Answer in at most ${maxWords} words.`,
  });
  const result = await model.generateContent(c.req.query("q") ?? "");
  return c.json({ text: result.response.text() });
});

app.get("/faq/:product", async (c) => {
  const product = c.req.param("product");
  const model = genAI.getGenerativeModel({
    model: "gemini-2.0-flash",
    systemInstruction: {
      role: "system",
      // llmsafe-expect: system-prompt-injection
      parts: [{ text: "You only answer questions about " + product }],
    },
  });
  const result = await model.generateContent(c.req.query("q") ?? "");
  return c.json({ text: result.response.text() });
});

app.post("/agents/custom", async (c) => {
  const body = await c.req.json<{ instructions: string; task: string }>();
  const agent = new Agent({
    name: "Custom workflow",
    // llmsafe-expect: system-prompt-injection
    instructions: body.instructions,
  });
  // llmsafe-expect-clean: system-prompt-injection
  const result = await run(agent, body.task);
  return c.json({ output: result.finalOutput });
});

app.post("/agents/admin", async (c) => {
  const { task } = await c.req.json();
  const agent = new Agent({
    name: "Admin helper",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: AGENT_INSTRUCTIONS,
  });
  const result = await run(agent, task);
  return c.json({ output: result.finalOutput });
});

export default app;
