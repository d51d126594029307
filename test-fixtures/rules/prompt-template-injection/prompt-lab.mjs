// "Prompt lab": an internal-but-internet-facing page where PMs try out prompt variants (Hono).
import { Hono } from "hono";
import { ChatGoogleGenerativeAI } from "@langchain/google-genai";
import {
  ChatPromptTemplate,
  FewShotPromptTemplate,
  PromptTemplate,
} from "@langchain/core/prompts";

const app = new Hono();
const model = new ChatGoogleGenerativeAI({ model: "gemini-2.0-flash" });

const EXAMPLES = [
  { review: "Arrived broken.", label: "negative" },
  { review: "Works exactly as described!", label: "positive" },
];
const examplePrompt = PromptTemplate.fromTemplate("Review: {review}\nLabel: {label}");
const CLASSIFIER_PREFIX = "Label each review as positive, negative or mixed.";
const SAMPLE_REVIEW = "The battery lasts two days but the screen scratches easily.";

function makeTemplate(instructions) {
  return PromptTemplate.fromTemplate(`${instructions}\n\nReview: {review}\nLabel:`);
}

app.post("/lab/variant", async (c) => {
  const { instructions } = await c.req.json();
  // llmsafe-expect: prompt-template-injection
  const prompt = makeTemplate(instructions);
  const reply = await prompt.pipe(model).invoke({ review: SAMPLE_REVIEW });
  return c.json({ label: reply.content });
});

app.post("/lab/baseline", async (c) => {
  // llmsafe-expect-clean: prompt-template-injection
  const prompt = makeTemplate(CLASSIFIER_PREFIX);
  const reply = await prompt.pipe(model).invoke({ review: SAMPLE_REVIEW });
  return c.json({ label: reply.content });
});

app.post("/lab/few-shot", async (c) => {
  const body = await c.req.json();
  const prompt = new FewShotPromptTemplate({
    examples: EXAMPLES,
    examplePrompt,
    // llmsafe-expect: prompt-template-injection
    prefix: body.prefix,
    // llmsafe-expect-clean: prompt-template-injection
    suffix: "Review: {review}\nLabel:",
    inputVariables: ["review"],
  });
  const text = await prompt.format({ review: SAMPLE_REVIEW });
  const reply = await model.invoke(text);
  return c.json({ label: reply.content });
});

app.get("/lab/quick", async (c) => {
  const variant = c.req.query("template") ?? CLASSIFIER_PREFIX;
  // llmsafe-expect: prompt-template-injection
  const prompt = ChatPromptTemplate.fromTemplate(variant);
  const reply = await prompt.pipe(model).invoke({ review: SAMPLE_REVIEW });
  return c.json({ label: reply.content });
});

app.post("/lab/classify", async (c) => {
  const { review } = await c.req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    // llmsafe-expect-clean: prompt-template-injection
    ["system", CLASSIFIER_PREFIX],
    ["human", "{review}"],
  ]);
  const reply = await prompt.pipe(model).invoke({
    // llmsafe-expect-clean: prompt-template-injection
    review,
  });
  return c.json({ label: reply.content });
});

app.post("/lab/with-partials", async (c) => {
  const { review } = await c.req.json();
  const base = ChatPromptTemplate.fromMessages([
    ["system", "You label reviews. Today is {date}."],
    ["human", "{review}"],
  ]);
  const prompt = await base.partial({ date: () => new Date().toDateString() });
  // llmsafe-expect-clean: prompt-template-injection
  const reply = await prompt.pipe(model).invoke({ review });
  return c.json({ label: reply.content });
});

export default app;
