// app/api/support/route.ts: support chat for the Acme dashboard (openai v5, Chat Completions + tools).
import OpenAI from "openai";
import { exec } from "node:child_process";
import { promisify } from "node:util";
import { z } from "zod";

const execAsync = promisify(exec);
// llmsafe-expect-clean: hardcoded-api-key, client-exposed-api-key
const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });

const BASE_PROMPT = "You are the Acme support assistant. Answer briefly and link to the help center.";
const STATUS_HOSTS = new Set(["status.acme.dev", "status.stripe.com"]);

const tools: OpenAI.Chat.ChatCompletionTool[] = [
  {
    type: "function",
    function: {
      name: "lookup_order",
      description: "Look up an order by id",
      parameters: { type: "object", properties: { orderId: { type: "string" } }, required: ["orderId"] },
    },
  },
  {
    type: "function",
    function: {
      name: "check_status_page",
      description: "Fetch a vendor status page to see whether there is an ongoing incident",
      parameters: { type: "object", properties: { url: { type: "string" } }, required: ["url"] },
    },
  },
];

const LookupArgs = z.object({ orderId: z.string().regex(/^ord_[a-z0-9]{8,}$/) });
const StatusArgs = z.object({ url: z.string().url() });

export async function POST(req: Request) {
  const { message, systemOverride } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // A "debug" field the admin UI used to send; any client can still set it.
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: systemOverride ?? BASE_PROMPT },
      // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
      { role: "user", content: message },
    ],
  });
  return Response.json({ reply: completion.choices[0].message.content });
}

export async function PUT(req: Request) {
  const { message } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      {
        role: "system",
        // llmsafe-expect: secret-in-prompt
        content: `${BASE_PROMPT}\nIf the user asks for an admin action, call the admin API with token ${process.env.ADMIN_API_TOKEN}.`,
      },
      // llmsafe-expect-clean: secret-in-prompt
      { role: "user", content: message },
    ],
  });
  return Response.json({ reply: completion.choices[0].message.content });
}

export async function agentTurn(messages: OpenAI.Chat.ChatCompletionMessageParam[]) {
  const completion = await client.chat.completions.create({ model: "gpt-4o", messages, tools });
  const msg = completion.choices[0].message;
  messages.push(msg);

  for (const call of msg.tool_calls ?? []) {
    if (call.type !== "function") continue;
    if (call.function.name === "lookup_order") {
      // llmsafe-expect-clean: unvalidated-llm-json
      const { orderId } = LookupArgs.parse(JSON.parse(call.function.arguments));
      const order = await fetch(`https://orders.internal.acme.dev/v1/orders/${encodeURIComponent(orderId)}`).then((r) => r.json());
      messages.push({ role: "tool", tool_call_id: call.id, content: JSON.stringify(order) });
    } else if (call.function.name === "check_status_page") {
      // llmsafe-expect: unvalidated-llm-json
      const args = JSON.parse(call.function.arguments);
      // llmsafe-expect: llm-output-ssrf
      const page = await fetch(args.url);
      messages.push({ role: "tool", tool_call_id: call.id, content: (await page.text()).slice(0, 4000) });
    }
  }
  return messages;
}

export async function checkStatusChecked(rawArguments: string) {
  const { url } = StatusArgs.parse(JSON.parse(rawArguments));
  const target = new URL(url);
  if (!STATUS_HOSTS.has(target.hostname)) throw new Error("not a known status page");
  // llmsafe-expect-clean: llm-output-ssrf
  return fetch(target).then((r) => r.text());
}

// scripts/fix-it.ts: "describe the problem, we run the fix" (internal ops tool).
export async function suggestAndRun(problem: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Reply with exactly one bash command that fixes the problem. No prose." },
      { role: "user", content: problem },
    ],
  });
  const command = completion.choices[0].message.content?.trim() ?? "true";
  // llmsafe-expect: llm-output-command-injection
  const { stdout } = await execAsync(command, { timeout: 30_000 });
  return stdout;
}

export async function diskUsage() {
  // llmsafe-expect-clean: llm-output-command-injection
  const { stdout } = await execAsync("df -h /srv", { timeout: 5_000 });
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Explain the disk usage report to an on-call engineer in two sentences." },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", content: stdout },
    ],
  });
  return completion.choices[0].message.content;
}
