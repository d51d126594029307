// app/sheets/assistant.ts: spreadsheet assistant that writes formulas and small snippets for a sheet.
import { generateObject, generateText, stepCountIs, tool } from "ai";
import { openai } from "@ai-sdk/openai";
import { evaluate } from "mathjs";
import vm from "node:vm";
import { z } from "zod";

type Row = Record<string, string | number>;

export async function compileColumnFormula(request: string) {
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    system: "Reply with one JavaScript arrow function `(row) => value`. No prose, no code fences.",
    prompt: request,
  });
  const formula = text.trim().replace(/^```(?:js|javascript)?\s*|\s*```$/g, "");
  // llmsafe-expect: llm-output-code-execution
  const compute = new Function("row", `return (${formula})(row);`) as (row: Row) => unknown;
  return (rows: Row[]) => rows.map(compute);
}

export async function projectNextMonth(history: number[]) {
  const { object } = await generateObject({
    model: openai("gpt-4o"),
    schema: z.object({ expression: z.string(), explanation: z.string() }),
    prompt: "Write one JavaScript expression over `history` (monthly revenue, oldest first) that projects next month.",
  });
  // llmsafe-expect: llm-output-code-execution
  const projected = vm.runInNewContext(object.expression, { history, Math }, { timeout: 50 });
  // llmsafe-expect-clean: llm-output-code-execution
  const average = vm.runInNewContext("history.reduce((a, b) => a + b, 0) / history.length", { history });
  return { projected: Number(projected), average, explanation: object.explanation };
}

export const calculator = tool({
  description: "Evaluate an arithmetic expression such as (3 + 4) * 12 / 5",
  inputSchema: z.object({ expression: z.string() }),
  execute: async ({ expression }) => {
    // llmsafe-expect-clean: llm-output-code-execution
    return { result: String(evaluate(expression)) };
  },
});

export const runSnippet = tool({
  description: "Run a short JavaScript snippet over the selected rows and return the result",
  inputSchema: z.object({ code: z.string().describe("JavaScript; `rows` is in scope") }),
  needsApproval: true,
  execute: async ({ code }) => {
    const context = vm.createContext({ rows: selectedRows(), JSON, Math });
    // llmsafe-expect: llm-output-code-execution
    const result = vm.runInContext(code, context, { timeout: 1000 });
    return { result: JSON.stringify(result) };
  },
});

export const remindMe = tool({
  description: "Show a reminder in the sheet after a delay",
  inputSchema: z.object({ minutes: z.number().min(1).max(240), note: z.string() }),
  execute: async ({ minutes, note }) => {
    // llmsafe-expect-clean: llm-output-code-execution
    setTimeout(() => showToast(note), minutes * 60_000);
    return { scheduled: true };
  },
});

export async function askSheet(question: string) {
  const { text } = await generateText({
    model: openai("gpt-4o"),
    tools: { calculator, runSnippet, remindMe },
    stopWhen: stepCountIs(5),
    prompt: question,
  });
  return text;
}

declare function selectedRows(): Row[];
declare function showToast(message: string): void;
