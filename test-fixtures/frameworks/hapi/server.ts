// A Hapi server: routes as config objects, the handler reads request.payload / query / params.
import Hapi from "@hapi/hapi";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();

const server = Hapi.server({ port: 3000, host: "localhost" });

server.route({
  method: "POST",
  path: "/assistant",
  handler: async (request, h) => {
    const { role, question } = request.payload as { role: string; question: string };
    const message = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 1024,
      // llmsafe-expect: system-prompt-injection
      system: `You are a ${role}.`,
      // llmsafe-expect-clean: system-prompt-injection
      messages: [{ role: "user", content: question }],
    });
    return h.response({ answer: message.content });
  },
});

server.route({
  method: "GET",
  path: "/faq/{topic}",
  handler: async (request) => {
    const message = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 512,
      // llmsafe-expect: system-prompt-injection
      system: `Answer questions about ${request.params.topic} only.`,
      messages: [{ role: "user", content: String(request.query.q) }],
    });
    return message.content;
  },
});

// A health route that reads nothing from the request.
server.route({
  method: "GET",
  path: "/health",
  handler: async () => {
    const message = await anthropic.messages.create({
      model: "claude-sonnet-4-5",
      max_tokens: 16,
      // llmsafe-expect-clean: system-prompt-injection
      system: "Reply with OK.",
      messages: [{ role: "user", content: "ping" }],
    });
    return message.content;
  },
});

await server.start();
