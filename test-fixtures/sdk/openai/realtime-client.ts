// Voice assistant: the server relays a browser's settings into a Realtime session it opens itself.
import express from "express";
import WebSocket from "ws";
import { RealtimeClient } from "@openai/realtime-api-beta";
import OpenAI from "openai";
import { OpenAIRealtimeWS } from "openai/realtime/ws";

const app = express();
app.use(express.json());
const CONCIERGE = "You are the hotel's voice concierge. Keep answers under three sentences.";

app.post("/relay", (req, res) => {
  const { voiceStyle, greeting } = req.body;
  const ws = new WebSocket("wss://api.openai.com/v1/realtime?model=gpt-realtime", {
    headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` },
  });
  ws.on("open", () => {
    // llmsafe-expect: system-prompt-injection
    ws.send(JSON.stringify({ type: "session.update", session: { type: "realtime", instructions: `${CONCIERGE} Speak ${voiceStyle}.` } }));
    // llmsafe-expect-clean: system-prompt-injection
    ws.send(JSON.stringify({ type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: greeting }] } }));
    // llmsafe-expect: system-prompt-injection
    ws.send(JSON.stringify({ type: "response.create", response: { instructions: `Greet the guest: ${greeting}` } }));
  });
  res.json({ ok: true });
});

app.post("/beta", async (req, res) => {
  const client = new RealtimeClient({ apiKey: process.env.OPENAI_API_KEY });
  // llmsafe-expect: system-prompt-injection
  client.updateSession({ instructions: `${CONCIERGE} Guest notes: ${req.body.notes}` });
  // llmsafe-expect-clean: system-prompt-injection
  client.updateSession({ instructions: CONCIERGE, voice: "alloy" });
  // llmsafe-expect-clean: system-prompt-injection
  client.sendUserMessageContent([{ type: "input_text", text: req.body.notes }]);
  await client.connect();
  res.json({ ok: true });
});

app.post("/sdk", async (req, res) => {
  const rt = await OpenAIRealtimeWS.create(new OpenAI(), { model: "gpt-realtime" });
  rt.socket.on("open", () => {
    // llmsafe-expect: system-prompt-injection
    rt.send({ type: "session.update", session: { type: "realtime", instructions: `${CONCIERGE} Room: ${req.body.room}` } });
    // llmsafe-expect-clean: system-prompt-injection
    rt.send({ type: "session.update", session: { type: "realtime", output_modalities: ["text"], instructions: CONCIERGE } });
    // llmsafe-expect-clean: system-prompt-injection
    rt.send({ type: "conversation.item.create", item: { type: "message", role: "user", content: [{ type: "input_text", text: req.body.question }] } });
  });
  res.json({ ok: true });
});

app.listen(8080);
