// A persona chat on OpenRouter: the OpenAI-style endpoint of the client SDK and the agent SDK's callModel.
import express from "express";
import { OpenRouter } from "@openrouter/sdk";
import { callModel } from "@openrouter/agent";

const router = new OpenRouter({ apiKey: process.env.OPENROUTER_API_KEY });
const app = express();
app.use(express.json());

app.post("/persona", async (req, res) => {
  const { persona, message } = req.body;
  const reply = await router.chat.completions.create({
    model: "openai/gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Stay in character as ${persona}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: message },
    ],
  });
  const agentReply = await callModel({
    model: "openai/gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: "Stay in character as " + persona },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: message },
    ],
  });
  res.json({ reply, agentReply });
});

app.listen(3000);
