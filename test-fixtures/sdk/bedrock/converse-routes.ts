// lambda/assistant.ts: the assistant on Amazon Bedrock (Converse API, plus one older InvokeModel route).
import {
  BedrockRuntimeClient,
  ConverseCommand,
  ConverseStreamCommand,
  InvokeModelCommand,
} from "@aws-sdk/client-bedrock-runtime";
import express from "express";
import { readFile } from "node:fs/promises";

const bedrock = new BedrockRuntimeClient({ region: process.env.AWS_REGION ?? "us-east-1" });
const router = express.Router();
const MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0";
const RULES = "You are the Acme travel assistant. Only discuss bookings.";

router.post("/converse", async (req, res) => {
  const out = await bedrock.send(
    new ConverseCommand({
      modelId: MODEL_ID,
      system: [
        { text: RULES },
        // llmsafe-expect: system-prompt-injection
        { text: `Loyalty tier notes: ${req.body.tierNotes}` },
      ],
      // llmsafe-expect-clean: system-prompt-injection
      messages: [{ role: "user", content: [{ text: req.body.question }] }],
    }),
  );
  res.json({ text: out.output?.message?.content?.[0]?.text });
});

router.post("/converse/v2", async (req, res) => {
  const out = await bedrock.send(
    new ConverseCommand({
      modelId: MODEL_ID,
      // llmsafe-expect-clean: system-prompt-injection
      system: [{ text: RULES }],
      messages: [
        // llmsafe-expect-clean: undelimited-prompt-input
        { role: "user", content: [{ text: `<question>${req.body.question}</question>` }] },
      ],
    }),
  );
  res.json({ text: out.output?.message?.content?.[0]?.text });
});

router.post("/converse/stream", async (req, res) => {
  const out = await bedrock.send(
    new ConverseStreamCommand({
      modelId: MODEL_ID,
      // llmsafe-expect: system-prompt-injection
      system: [{ text: req.body.systemPrompt }],
      messages: [{ role: "user", content: [{ text: req.body.question }] }],
    }),
  );
  for await (const event of out.stream ?? []) res.write(event.contentBlockDelta?.delta?.text ?? "");
  res.end();
});

router.post("/itinerary-file", async (req, res) => {
  const out = await bedrock.send(
    new ConverseCommand({
      modelId: MODEL_ID,
      system: [{ text: "Reply with the file name of the itinerary template to use, nothing else." }],
      messages: [{ role: "user", content: [{ text: req.body.trip }] }],
    }),
  );
  const name = out.output?.message?.content?.[0]?.text ?? "default.md";
  // llmsafe-expect: llm-output-path-traversal
  res.send(await readFile(`./templates/${name}`, "utf8"));
});

router.post("/legacy", async (req, res) => {
  const out = await bedrock.send(
    new InvokeModelCommand({
      modelId: MODEL_ID,
      contentType: "application/json",
      body: JSON.stringify({
        anthropic_version: "bedrock-2023-05-31",
        max_tokens: 512,
        // The body is the provider's own JSON, serialised in view: its `system` is read through JSON.stringify.
        // llmsafe-expect: system-prompt-injection
        system: req.body.persona,
        messages: [{ role: "user", content: req.body.question }],
      }),
    }),
  );
  // The provider's envelope, not the model's own JSON (the send() row marks an InvokeModel answer as one).
  // llmsafe-expect-clean: unvalidated-llm-json
  const body = JSON.parse(new TextDecoder().decode(out.body));
  res.json({ text: body.content?.[0]?.text });
});

export default router;
