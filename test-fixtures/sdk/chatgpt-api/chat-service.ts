// service/src/chat.ts: an Express backend for a ChatGPT-style web UI on the `chatgpt` package.
import express from "express";
import { ChatGPTAPI, ChatGPTUnofficialProxyAPI, type SendMessageOptions } from "chatgpt";

const api = new ChatGPTAPI({ apiKey: process.env.OPENAI_API_KEY!, completionParams: { model: "gpt-4o-mini" } });
const proxied = new ChatGPTUnofficialProxyAPI({ accessToken: process.env.OPENAI_ACCESS_TOKEN!, apiReverseProxyUrl: "https://proxy.example.com/api/conversation" });
const SYSTEM = "You are ChatGPT, a large language model. Answer as concisely as possible.";
const PERSONAS: Record<string, string> = { tutor: "You are a patient tutor.", editor: "You are a strict copy editor." };

const router = express.Router();
router.use(express.json());

router.post("/chat-process", async (req, res) => {
  const { prompt, options = {}, systemMessage, persona } = req.body;
  const sendOptions: SendMessageOptions = { timeoutMs: 60_000 };
  // The settings panel's "role" text is sent with every request and used as the system message.
  if (systemMessage) sendOptions.systemMessage = systemMessage;
  // Spread into the options, so reported at the call.
  // llmsafe-expect: system-prompt-injection
  const reply = await api.sendMessage(prompt, {
    ...sendOptions,
    parentMessageId: options.parentMessageId,
  });

  // The server's own system message, and one picked from the server's table by a checked key.
  const fixed = await api.sendMessage(prompt, {
    // llmsafe-expect-clean: system-prompt-injection
    systemMessage: SYSTEM,
  });
  const chosen = Object.hasOwn(PERSONAS, persona) ? PERSONAS[persona] : SYSTEM;
  // llmsafe-expect-clean: system-prompt-injection
  const tutored = await api.sendMessage(prompt, { systemMessage: chosen });

  // The unofficial proxy API takes the user's text only: that is what a chat is for.
  // llmsafe-expect-clean: system-prompt-injection
  const viaProxy = await proxied.sendMessage(prompt, { conversationId: options.conversationId });

  res.json({ reply: reply.text, fixed: fixed.text, tutored: tutored.text, viaProxy: viaProxy.text });
});

// A client built per request with the caller's default system message.
router.post("/chat-once", async (req, res) => {
  const once = new ChatGPTAPI({
    apiKey: process.env.OPENAI_API_KEY!,
    // llmsafe-expect: system-prompt-injection
    systemMessage: req.body.systemMessage,
  });
  const r = await once.sendMessage(req.body.prompt);
  res.json({ text: r.text });
});

export default router;
