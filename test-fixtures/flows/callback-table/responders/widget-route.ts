// app/widget.ts: the support widget's endpoints (Express).
import express from "express";
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { makeResponder } from "./make-responder";

const app = express();
app.use(express.json());

app.post("/widget/ask", async (req, res) => {
  const replies: string[] = [];
  // The persona comes from the embedding page: the closure made here carries it into its system prompt.
  const respond = makeResponder({ persona: req.body.persona, onReply: (t) => replies.push(t) });
  // llmsafe-expect: system-prompt-injection
  await respond("What can you help me with?");
  res.json({ replies });
});

app.post("/widget/faq", async (req, res) => {
  const replies: string[] = [];
  // Look-alike: the same factory with the server's persona; the visitor's question is only the prompt.
  const respond = makeResponder({ persona: "the Acme help desk", onReply: (t) => replies.push(t) });
  // llmsafe-expect-clean: system-prompt-injection
  await respond(String(req.body.question));
  res.json({ replies });
});

// One of two handlers, picked by the request: each one may run, so each one is followed.
const quickAnswer = async (question: string) => question.trim().slice(0, 200);
const carefulAnswer = async (question: string) => {
  const { text } = await generateText({ model: openai("gpt-4o"), system: `Answer with care. Context from the visitor: ${question}`, prompt: "Answer." });
  return text;
};

app.post("/widget/answer", async (req, res) => {
  const answer = req.body.mode === "quick" ? quickAnswer : carefulAnswer;
  // llmsafe-expect: system-prompt-injection
  res.json({ text: await answer(String(req.body.question)) });
});

app.post("/widget/echo", async (req, res) => {
  const answer = req.body.mode === "quick" ? quickAnswer : async (q: string) => q.toUpperCase();
  // llmsafe-expect-clean: system-prompt-injection
  res.json({ text: await answer(String(req.body.question)) });
});

export default app;
