// app/api/chat/route.ts: project-management assistant (AI SDK v5, useChat on the client).
import { convertToModelMessages, generateObject, generateText, stepCountIs, streamText, tool, type UIMessage } from "ai";
import { openai } from "@ai-sdk/openai";
import { PrismaClient } from "@prisma/client";
import { z } from "zod";

const prisma = new PrismaClient();
const ASSISTANT_RULES = "You help the user manage projects in Acme Boards. Confirm before changing anything.";
const WEBHOOK_HOSTS = ["hooks.slack.com", "discord.com"];

// llmsafe-expect: excessive-agency-tool
const deleteProject = tool({
  description: "Delete a project and all of its tasks",
  inputSchema: z.object({ projectId: z.string() }),
  execute: async ({ projectId }) => {
    await prisma.task.deleteMany({ where: { projectId } });
    await prisma.project.delete({ where: { id: projectId } });
    return { deleted: projectId };
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const archiveProject = tool({
  description: "Delete a project and all of its tasks (asks the user first)",
  inputSchema: z.object({ projectId: z.string() }),
  needsApproval: true,
  execute: async ({ projectId }) => {
    await prisma.task.deleteMany({ where: { projectId } });
    await prisma.project.delete({ where: { id: projectId } });
    return { deleted: projectId };
  },
});

// llmsafe-expect-clean: excessive-agency-tool
const listTasks = tool({
  description: "List the open tasks of a project",
  inputSchema: z.object({ projectId: z.string() }),
  execute: async ({ projectId }) => prisma.task.findMany({ where: { projectId, done: false }, take: 50 }),
});

const pingWebhook = tool({
  description: "Send a test event to the project's webhook URL",
  inputSchema: z.object({ url: z.string().url() }),
  needsApproval: true,
  execute: async ({ url }) => {
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(url, { method: "POST", body: JSON.stringify({ test: true }) });
    return { status: res.status };
  },
});

const pingKnownWebhook = tool({
  description: "Send a test event to a Slack or Discord webhook",
  inputSchema: z.object({ url: z.string().url() }),
  needsApproval: true,
  execute: async ({ url }) => {
    const { hostname, protocol } = new URL(url);
    if (protocol !== "https:" || !WEBHOOK_HOSTS.includes(hostname)) return { error: "unsupported webhook host" };
    // The host of new URL(url) is allow-listed, so url itself is safe to request.
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(url, { method: "POST", body: JSON.stringify({ test: true }) });
    return { status: res.status };
  },
});

const pingKnownPath = tool({
  description: "Send a test event to a webhook path we know",
  inputSchema: z.object({ url: z.string().url() }),
  needsApproval: true,
  execute: async ({ url }) => {
    const { pathname } = new URL(url);
    if (!pathname.startsWith("/services/") || !["/services/hook", "/api/webhooks/test"].includes(pathname)) return { error: "unknown path" };
    // Only the path was checked: the model still picks the host.
    // llmsafe-expect: llm-output-ssrf
    const res = await fetch(url, { method: "POST", body: JSON.stringify({ test: true }) });
    return { status: res.status };
  },
});

const tasksMatching = tool({
  description: "Search task titles",
  inputSchema: z.object({ term: z.string() }),
  execute: async ({ term }) => {
    // llmsafe-expect: llm-output-sql-injection
    return prisma.$queryRawUnsafe(`SELECT id, title FROM "Task" WHERE title ILIKE '%${term}%' LIMIT 20`);
  },
});

const tasksMatchingSafe = tool({
  description: "Search task titles",
  inputSchema: z.object({ term: z.string() }),
  execute: async ({ term }) => {
    // llmsafe-expect-clean: llm-output-sql-injection
    return prisma.$queryRaw`SELECT id, title FROM "Task" WHERE title ILIKE ${"%" + term + "%"} LIMIT 20`;
  },
});

export async function POST(req: Request) {
  const { messages, workspaceName }: { messages: UIMessage[]; workspaceName: string } = await req.json();

  const result = streamText({
    model: openai("gpt-4o"),
    // llmsafe-expect: system-prompt-injection
    system: `${ASSISTANT_RULES} The workspace is called "${workspaceName}".`,
    // The useChat history comes with its roles: the client can add a "system" turn (medium, warning).
    // llmsafe-expect: system-prompt-injection
    messages: convertToModelMessages(messages),
    tools: { deleteProject, archiveProject, listTasks, pingWebhook, pingKnownWebhook, pingKnownPath, tasksMatching, tasksMatchingSafe },
    stopWhen: stepCountIs(5),
  });
  return result.toUIMessageStreamResponse();
}

export async function estimate(req: Request) {
  const { taskTitle } = await req.json();
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Estimate this task in story points and reply as JSON {"points": number, "why": string}: ${taskTitle}`,
  });
  // llmsafe-expect: unvalidated-llm-json
  const { points, why } = JSON.parse(text);
  await prisma.estimate.create({ data: { title: taskTitle, points, why } });
  return Response.json({ points });
}

export async function estimateStructured(req: Request) {
  const { taskTitle } = await req.json();
  const { object } = await generateObject({
    model: openai("gpt-4o-mini"),
    schema: z.object({ points: z.number().int().min(1).max(13), why: z.string() }),
    system: "Estimate the task the user sends in story points.",
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: taskTitle,
  });
  // llmsafe-expect-clean: unvalidated-llm-json
  await prisma.estimate.create({ data: { title: taskTitle, points: object.points, why: object.why } });
  return Response.json({ points: object.points });
}
