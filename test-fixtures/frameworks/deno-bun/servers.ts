// Two small model proxies: Deno's options form and std's serve, and a Bun server.
import Anthropic from "@anthropic-ai/sdk";
import { serve } from "https://deno.land/std@0.168.0/http/server.ts";

const anthropic = new Anthropic();

Deno.serve({
  port: 8000,
  handler: async (request: Request) => {
    const body = await request.json();
    const msg = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 512,
      // llmsafe-expect: system-prompt-injection
      system: body.system,
      messages: [{ role: "user", content: body.text }],
    });
    return Response.json(msg.content);
  },
});

serve(async (req) => {
  const url = new URL(req.url);
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    // llmsafe-expect: system-prompt-injection
    system: `Summarise in ${url.searchParams.get("lang")}.`,
    messages: [{ role: "user", content: await req.text() }],
  });
  return Response.json(msg.content);
});

Bun.serve({
  port: 3000,
  async fetch(req) {
    const { text } = await req.json();
    const msg = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 256,
      // The server's own instructions; the visitor's text only in the user turn.
      // llmsafe-expect-clean: system-prompt-injection
      system: "Summarise the user's text in one sentence.",
      messages: [{ role: "user", content: text }],
    });
    return Response.json(msg.content);
  },
});
