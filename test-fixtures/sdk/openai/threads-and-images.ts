// A storybook service: an assistant thread per reader, and an illustration per page.
import express from "express";
import OpenAI from "openai";

const openai = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });
const app = express();
app.use(express.json());

app.post("/threads/:id/messages", async (req, res) => {
  const { narrator, text } = req.body;
  // A system turn added to the thread: the reader picks how the assistant behaves.
  await openai.beta.threads.messages.create(req.params.id, {
    role: "system",
    // llmsafe-expect: system-prompt-injection
    content: `Narrate every answer as ${narrator}.`,
  });
  // The reader's own text as a user turn: what a thread is for.
  await openai.beta.threads.messages.create(req.params.id, {
    role: "user",
    // llmsafe-expect-clean: system-prompt-injection
    content: text,
  });
  const thread = await openai.beta.threads.create({
    // llmsafe-expect: system-prompt-injection
    messages: [{ role: "system", content: "You narrate for " + narrator }, { role: "user", content: text }],
  });
  res.json({ thread: thread.id });
});

app.post("/illustrations", async (req, res) => {
  const { scene } = req.body;
  const image = await openai.images.generate({
    model: "gpt-image-1",
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Paint a gentle watercolor illustration for a children's book showing " + scene,
  });
  // The reader's scene is the whole prompt: nothing of ours for it to pose as.
  const plain = await openai.images.generate({
    model: "gpt-image-1",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: scene,
  });
  res.json({ url: image.data?.[0]?.url, plain: plain.data?.[0]?.url });
});

app.listen(3000);
