// routes/digest.ts: the weekly digest on LangChain 0.0.x entry points (langchain/llms, langchain/schema).
import express from "express";
import { OpenAI } from "langchain/llms/openai";
import { ChatOpenAI } from "langchain/chat_models/openai";
import { SystemMessage, HumanMessage } from "langchain/schema";
import { PromptTemplate } from "langchain/prompts";
import { writeFileSync } from "node:fs";

const router = express.Router();
const llm = new OpenAI({ temperature: 0 });
const chat = new ChatOpenAI({ temperature: 0 });

router.post("/digest", async (req, res) => {
  const reply = await chat.call([
    // llmsafe-expect: system-prompt-injection
    new SystemMessage(`You write the weekly digest for ${req.body.audience}.`),
    // llmsafe-expect-clean: system-prompt-injection
    new HumanMessage(req.body.topic),
  ]);
  res.json({ text: reply.content });
});

router.post("/headline", async (req, res) => {
  // llmsafe-expect: undelimited-prompt-input
  const text = await llm.call("Write a headline for this week's digest about: " + req.body.topic);
  // llmsafe-expect: llm-output-path-traversal
  writeFileSync(`digests/${text.trim()}.md`, "");
  res.json({ text });
});

router.post("/headline/v2", async (req, res) => {
  // llmsafe-expect-clean: undelimited-prompt-input
  const text = await llm.call(`Write a headline for the digest topic in <topic> tags.\n<topic>${req.body.topic}</topic>`);
  res.json({ text });
});

router.post("/custom", async (req, res) => {
  // llmsafe-expect: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(req.body.template);
  res.json({ text: await llm.call(await prompt.format({ topic: "release train" })) });
});

export default router;
