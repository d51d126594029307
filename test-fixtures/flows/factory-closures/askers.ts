// Factories that return an asker with its persona captured: a support bot keeps one asker per
// product line, made once from a constant persona, and a "custom assistant" endpoint makes one from
// what the client sent. The closure's own parameter is the user's question, the captured parameter
// is the factory's: the question must never be taken for the persona, nor the persona lost.
import express from "express";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const BILLING_PERSONA = "You are the billing assistant of Acme. Answer in two sentences.";
const SHIPPING_PERSONA = "You are the shipping assistant of Acme. Never promise delivery dates.";

export function makeAsker(persona: string) {
  return (question: string) =>
    generateText({ model: openai("gpt-4o-mini"), system: persona, prompt: question });
}

/** A factory whose closure also takes the reply's language: two own parameters, one captured. */
export function makeTranslatingAsker(persona: string, tone: string) {
  return async (language: string, question: string) => {
    const { text } = await generateText({
      model: openai("gpt-4o-mini"),
      system: `${persona} Keep a ${tone} tone.`,
      prompt: `Answer in ${language}: ${question}`,
    });
    return text;
  };
}

// Helpers that call a factory and then the closure it returned (their summaries must keep both).
export async function answerAs(persona: string, question: string) {
  const ask = makeAsker(persona);
  const { text } = await ask(question);
  return text;
}

export async function answerBilling(question: string) {
  return (await makeAsker(BILLING_PERSONA)(question)).text;
}

const askShipping = makeAsker(SHIPPING_PERSONA);
const app = express();
app.use(express.json());

app.post("/support/shipping", async (req, res) => {
  // llmsafe-expect-clean: system-prompt-injection
  const { text } = await askShipping(req.body.question);
  res.json({ text });
});

app.post("/support/billing", async (req, res) => {
  // llmsafe-expect-clean: system-prompt-injection
  const { text } = await makeAsker(BILLING_PERSONA)(req.body.question);
  res.json({ text });
});

app.post("/support/billing/v2", async (req, res) => {
  // llmsafe-expect-clean: system-prompt-injection
  res.json({ text: await answerBilling(req.body.question) });
});

app.post("/support/shipping/v2", async (req, res) => {
  // llmsafe-expect-clean: system-prompt-injection
  res.json({ text: await answerAs(SHIPPING_PERSONA, req.body.question) });
});

app.post("/support/translated", async (req, res) => {
  const ask = makeTranslatingAsker(BILLING_PERSONA, "friendly");
  // llmsafe-expect-clean: system-prompt-injection
  // The question is glued after an order ("Answer in <language>:") with nothing marking where it ends.
  // llmsafe-expect: undelimited-prompt-input
  res.json({ text: await ask(req.body.language, req.body.question) });
});

app.post("/assistants/custom", async (req, res) => {
  // llmsafe-expect: system-prompt-injection
  const { text } = await makeAsker(req.body.persona)("Introduce yourself.");
  res.json({ text });
});

app.post("/assistants/custom/v2", async (req, res) => {
  // llmsafe-expect: system-prompt-injection
  res.json({ text: await answerAs(req.body.persona, "Introduce yourself.") });
});

app.post("/assistants/custom/v3", async (req, res) => {
  const ask = makeTranslatingAsker(SHIPPING_PERSONA, req.body.tone);
  // llmsafe-expect: system-prompt-injection
  res.json({ text: await ask("English", "Where is my parcel?") });
});
