// src/report.ts: a Fastify plugin that renders a model-written report page.
import type { FastifyInstance } from "fastify";
import Anthropic from "@anthropic-ai/sdk";
import { escapeHtml } from "./escape";

const anthropic = new Anthropic();

async function report(subject: string): Promise<string> {
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    system: "Write a status report.",
    messages: [{ role: "user", content: subject }],
  });
  const first = message.content[0];
  return first?.type === "text" ? first.text : "";
}

export default async function reportRoutes(fastify: FastifyInstance) {
  fastify.get("/report", async (request, reply) => {
    const body = await report((request.query as { subject?: string }).subject ?? "");
    // llmsafe-expect: llm-output-xss
    return reply.type("text/html").send(`<h1>Report</h1><div>${body}</div>`);
  });

  fastify.get("/report/escaped", async (request, reply) => {
    const body = await report((request.query as { subject?: string }).subject ?? "");
    // llmsafe-expect-clean: llm-output-xss
    return reply.header("Content-Type", "text/html").send(`<h1>Report</h1><pre>${escapeHtml(body)}</pre>`);
  });

  fastify.get("/report.json", async (request, reply) => {
    const body = await report((request.query as { subject?: string }).subject ?? "");
    // llmsafe-expect-clean: llm-output-xss
    return reply.code(200).type("application/json").send({ body });
  });
}
