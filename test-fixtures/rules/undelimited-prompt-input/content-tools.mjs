// Fastify service behind the shop admin: product copy, review triage, article digests.
import Fastify from "fastify";
import { GoogleGenAI } from "@google/genai";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";

const fastify = Fastify();
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
const chat = new ChatOpenAI({ model: "gpt-4o-mini" });

const STYLE_GUIDE = "Use sentence case. No exclamation marks. Max 60 characters.";

fastify.post("/products/title", async (request) => {
  const { description } = request.body;
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect: undelimited-prompt-input
    contents: `Write a product title for this description. ${STYLE_GUIDE}\n${description}`,
  });
  return { title: response.text };
});

fastify.post("/products/title/v2", async (request) => {
  const { description } = request.body;
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: undelimited-prompt-input
    contents: description,
    config: {
      // llmsafe-expect-clean: undelimited-prompt-input
      systemInstruction: `Write a product title for the description the user sends. ${STYLE_GUIDE}`,
    },
  });
  return { title: response.text };
});

fastify.post("/products/bullets", async (request) => {
  const { features } = request.body;
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: [
      {
        role: "user",
        // llmsafe-expect: undelimited-prompt-input
        parts: [{ text: "Turn these features into three bullet points:\n" + features.join("\n") }],
      },
    ],
  });
  return { bullets: response.text };
});

fastify.post("/reviews/triage", async (request) => {
  const { review } = request.body;
  // llmsafe-expect: undelimited-prompt-input
  const reply = await chat.invoke(`Classify the sentiment of this review as positive, negative or mixed: ${review}`);
  return { label: reply.content };
});

fastify.post("/reviews/triage/v2", async (request) => {
  const { review } = request.body;
  const reply = await chat.invoke([
    new SystemMessage("Classify the sentiment of the review as positive, negative or mixed."),
    // llmsafe-expect-clean: undelimited-prompt-input
    new HumanMessage(review),
  ]);
  return { label: reply.content };
});

fastify.post("/reviews/reply", async (request) => {
  const { review, customerName } = request.body;
  const reply = await chat.invoke([
    new SystemMessage("You write short, polite replies to product reviews."),
    // llmsafe-expect: undelimited-prompt-input
    new HumanMessage(`Reply to ${customerName}. Thank them and address any complaint. Review: ${review}`),
  ]);
  return { reply: reply.content };
});

fastify.get("/digest", async () => {
  const res = await fetch("https://status.example-cloud.com/api/incidents/latest");
  const incident = await res.text();
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: undelimited-prompt-input
    contents: `Summarize this incident report for the on-call channel:\n\n${incident}`,
  });
  return { digest: response.text };
});

fastify.get("/tagline", async () => {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: undelimited-prompt-input
    contents: `Write a tagline for ${process.env.SHOP_NAME}. ${STYLE_GUIDE}`,
  });
  return { tagline: response.text };
});

await fastify.listen({ port: 3004 });
