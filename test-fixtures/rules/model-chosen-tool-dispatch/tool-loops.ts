// src/tool-loops.ts: tool loops written against LangChain and the OpenAI SDK, run on a worker.
// Tools are found by name in several ways; the model's name is checked in some, not in others.
import OpenAI from "openai";
import { ChatOpenAI } from "@langchain/openai";
import { tool } from "@langchain/core/tools";
import { z } from "zod";
import type { Request, Response } from "express";

const openai = new OpenAI();

const add = tool(async ({ a, b }) => String(a + b), { name: "add", schema: z.object({ a: z.number(), b: z.number() }) });
const shout = tool(async ({ text }) => text.toUpperCase(), { name: "shout", schema: z.object({ text: z.string() }) });
const lcTools = [add, shout];
const toolsByName = Object.fromEntries(lcTools.map((t) => [t.name, t]));

type Impl = (args: Record<string, unknown>) => Promise<string>;

// A table with no prototype, written as a literal.
const BARE: Record<string, Impl> = {
  __proto__: null,
  ping: async () => "pong",
} as unknown as Record<string, Impl>;

const IMPLS: Record<string, Impl> = Object.fromEntries([
  ["ping", async () => "pong"],
  ["echo", async (args: Record<string, unknown>) => String(args.text ?? "")],
]);

const HANDLERS: Record<string, Impl> = {
  ping: async () => "pong",
  reset_cache: async () => "cleared",
};

export async function langchainLoop(question: string) {
  const model = new ChatOpenAI({ model: "gpt-4o-mini" }).bindTools(lcTools);
  const ai = await model.invoke(question);
  const outputs = [];
  for (const toolCall of ai.tool_calls ?? []) {
    // A fixed method of the entry: no inherited member has `invoke`, a wrong name throws first.
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    outputs.push(await toolsByName[toolCall.name].invoke(toolCall));
    // Found by comparing names: nothing is indexed by the model's string.
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    const found = lcTools.find((t) => t.name === toolCall.name);
    if (found) outputs.push(await found.invoke(toolCall));
  }
  return outputs;
}

async function toolCalls(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: question }],
    tools: [{ type: "function", function: { name: "ping", parameters: { type: "object", properties: {} } } }],
  });
  return (completion.choices[0].message.tool_calls ?? []).flatMap((c) => (c.type === "function" ? [c.function] : []));
}

export async function openaiLoop(question: string) {
  const out: string[] = [];
  for (const fn of await toolCalls(question)) {
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    out.push(await BARE[fn.name]({}));
    // Object.fromEntries builds an ordinary object: it inherits Object.prototype.
    // llmsafe-expect: model-chosen-tool-dispatch
    out.push(await IMPLS[fn.name]({}));
    switch (fn.name) {
      case "ping":
        // llmsafe-expect-clean: model-chosen-tool-dispatch
        out.push(await HANDLERS[fn.name]({}));
        break;
      default:
        // Every other name, unchecked.
        // llmsafe-expect: model-chosen-tool-dispatch
        out.push(await HANDLERS[fn.name]({}));
    }
    // Own keys of the table only.
    if (Object.keys(HANDLERS).includes(fn.name)) {
      // llmsafe-expect-clean: model-chosen-tool-dispatch
      out.push(await HANDLERS[fn.name]({}));
    }
    if (Object.prototype.hasOwnProperty.call(HANDLERS, fn.name)) {
      // llmsafe-expect-clean: model-chosen-tool-dispatch
      out.push(await HANDLERS[fn.name].apply(null, [{}]));
    }
  }
  return out;
}

// Names the program or its operator chooses are not the model's.
export async function maintenance(req: Request, res: Response) {
  const mode = process.env.MAINTENANCE_TASK ?? "ping";
  // llmsafe-expect-clean: model-chosen-tool-dispatch
  const first = await HANDLERS[mode]({});
  // A client's choice is request data, not a model's tool call (outside this rule).
  // llmsafe-expect-clean: model-chosen-tool-dispatch
  const second = await HANDLERS[String(req.query.task)]({});
  res.json({ first, second });
}
