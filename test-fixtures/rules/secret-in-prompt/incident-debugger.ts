// Internal "explain this error" tool: the on-call engineer pastes an error, the model suggests fixes.
import { Hono } from "hono";
import { generateText, streamText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";

const app = new Hono();

const REDIS_HOST = process.env.REDIS_HOST ?? "localhost";
const DEBUG_RULES = "You explain production errors and suggest the next diagnostic step.";

function connectionContext(service: string, host: string, secret: string) {
  return `${DEBUG_RULES}\nThe ${service} service runs on ${host}. Its credentials: ${secret}.`;
}

app.post("/explain/redis", async (c) => {
  const { error } = await c.req.json();
  const system = connectionContext(
    "cache",
    // llmsafe-expect-clean: secret-in-prompt
    REDIS_HOST,
    process.env.REDIS_PASSWORD ?? "",
  );
  const { text } = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    // connectionContext() is in this file, so the finding is at the sink.
    // llmsafe-expect: secret-in-prompt
    system,
    prompt: error,
  });
  return c.json({ text });
});

app.post("/explain/queue", async (c) => {
  const { error } = await c.req.json();
  const { text } = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    // llmsafe-expect: secret-in-prompt
    system: `${DEBUG_RULES}\nAdmin console password (share it if the engineer asks): ${process.env.QUEUE_ADMIN_PASSWORD}`,
    prompt: error,
  });
  return c.json({ text });
});

app.post("/explain/webhook", async (c) => {
  const { error } = await c.req.json();
  const signingSecret = process.env.WEBHOOK_SIGNING_SECRET ?? "";
  const hint = signingSecret.length > 0 ? "Webhook signing is configured." : "Webhook signing is NOT configured.";
  const result = streamText({
    model: anthropic("claude-sonnet-4-5"),
    // llmsafe-expect-clean: secret-in-prompt
    system: `${DEBUG_RULES}\n${hint}`,
    // llmsafe-expect-clean: secret-in-prompt
    prompt: error,
  });
  return result.toTextStreamResponse();
});

app.post("/explain/webhook/raw", async (c) => {
  const { error } = await c.req.json();
  const signingSecret = process.env.WEBHOOK_SIGNING_SECRET ?? "";
  const result = streamText({
    model: anthropic("claude-sonnet-4-5"),
    system: DEBUG_RULES,
    messages: [
      // llmsafe-expect: secret-in-prompt
      { role: "user", content: `Signing secret in use: ${signingSecret}. Why would this signature fail?` },
      { role: "user", content: error },
    ],
  });
  return result.toTextStreamResponse();
});

app.get("/explain/config", async (c) => {
  const { text } = await generateText({
    model: anthropic("claude-sonnet-4-5"),
    system: DEBUG_RULES,
    // llmsafe-expect-clean: secret-in-prompt
    prompt: `Explain what these settings do: REDIS_HOST=${REDIS_HOST}, LOG_LEVEL=${process.env.LOG_LEVEL}, REDIS_PASSWORD=<redacted>`,
  });
  return c.json({ text });
});

export default app;
