// WhatsApp Cloud API (Meta Graph) webhook: GET verifies the subscription, POST delivers messages.
import { Hono } from "hono";
import Anthropic from "@anthropic-ai/sdk";

const app = new Hono();
const anthropic = new Anthropic();
const SHOP = "You are the assistant of Lola's bakery. Answer questions about orders and opening hours.";

app.get("/webhook", (c) => {
  const token = c.req.query("hub.verify_token");
  if (token !== process.env.WHATSAPP_VERIFY_TOKEN) return c.text("forbidden", 403);
  return c.text(c.req.query("hub.challenge") ?? "");
});

app.post("/webhook", async (c) => {
  const payload = await c.req.json();
  const change = payload.entry?.[0]?.changes?.[0]?.value;
  const msg = change?.messages?.[0];
  if (!msg || msg.type !== "text") return c.json({ ok: true });
  const customer = change.contacts?.[0]?.profile?.name ?? "customer";
  const reply = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 500,
    // llmsafe-expect: system-prompt-injection
    system: `${SHOP} You are chatting with ${customer}.`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: msg.text.body }],
  });
  await fetch(`https://graph.facebook.com/v21.0/${process.env.PHONE_NUMBER_ID}/messages`, {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.WHATSAPP_TOKEN}`, "Content-Type": "application/json" },
    body: JSON.stringify({ messaging_product: "whatsapp", to: msg.from, text: { body: reply.content[0].type === "text" ? reply.content[0].text : "" } }),
  });
  return c.json({ ok: true });
});

export default app;
