// lib/analyst.ts: chart configs from Gemini, word problems via LangChain, row transforms via the Agents SDK.
import { GoogleGenAI } from "@google/genai";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { DynamicTool } from "@langchain/core/tools";
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";

const ai = new GoogleGenAI({});
const llm = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });

export function chartConfigFor(description: string) {
  return ai.models
    .generateContent({
      model: "gemini-2.5-flash",
      contents: description,
      config: { systemInstruction: "Return a Chart.js config as a JavaScript object literal. No prose." },
    })
    // llmsafe-expect: llm-output-code-execution
    .then((response) => eval(`(${response.text})`));
}

export async function solveWordProblem(problem: string) {
  const res = await llm.invoke([
    new SystemMessage("Write one JavaScript expression that computes the numeric answer. Output the expression only."),
    new HumanMessage(problem),
  ]);
  const expression = String(res.content);
  // llmsafe-expect: llm-output-code-execution
  const answer = Function(`"use strict"; return (${expression});`)();
  return Number(answer);
}

// The classic "calculator" tool: eval on whatever the model sends is arbitrary code execution,
// so it is both an injection sink and an ungated high-impact tool.
// llmsafe-expect: excessive-agency-tool
export const calculatorTool = new DynamicTool({
  name: "calculator",
  description: "Evaluates a math expression. Input must be a valid expression.",
  // llmsafe-expect: llm-output-code-execution
  func: async (input: string) => String(eval(input)),
});

const transformRows = tool({
  name: "transform_rows",
  description: "Apply a JavaScript function body to every row. `row` is in scope; return the new row.",
  parameters: z.object({ body: z.string() }),
  needsApproval: true,
  execute: async ({ body }) => {
    // llmsafe-expect: llm-output-code-execution
    const mapRow = new Function("row", body) as (row: unknown) => unknown;
    return JSON.stringify(currentRows().map(mapRow));
  },
});

const waitForRateLimit = tool({
  name: "wait_for_rate_limit",
  description: "Pause before retrying a rate-limited request",
  parameters: z.object({ seconds: z.number().int().min(1).max(60) }),
  execute: async ({ seconds }) => {
    // llmsafe-expect-clean: llm-output-code-execution
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    return "ok";
  },
});

export const analyst = new Agent({
  name: "Data analyst",
  instructions: "Transform the user's table as asked. Prefer small, reversible steps.",
  tools: [transformRows, waitForRateLimit],
});

export async function analyse(request: string) {
  const result = await run(analyst, request);
  return result.finalOutput;
}

declare function currentRows(): unknown[];
