// src/agent/calculator-tools.ts: arithmetic and unit tools for an agent. The operation is a tool
// argument; the SDK checks the arguments against the tool's schema before the function runs.
import { tool as lcTool } from "@langchain/core/tools";
import { tool } from "ai";
import { tool as agentTool } from "@openai/agents";
import { readFile } from "node:fs/promises";
import { z } from "zod";

type BinaryOp = (a: number, b: number) => number;

export const calculator = lcTool(
  ({ a, b, operation }: { a: number; b: number; operation: string }) => {
    const operations: Record<string, BinaryOp> = {
      add: (x, y) => x + y,
      subtract: (x, y) => x - y,
      multiply: (x, y) => x * y,
    };
    // The schema's enum: only these three names get here.
    // llmsafe-expect-clean: model-chosen-tool-dispatch
    const op = operations[operation];
    if (!op) return `Unknown operation: ${operation}`;
    return `${a} ${operation} ${b} = ${op(a, b)}`;
  },
  {
    name: "calculator",
    description: "Basic arithmetic",
    schema: z.object({ a: z.number(), b: z.number(), operation: z.enum(["add", "subtract", "multiply"]) }),
  },
);

export const looseCalculator = lcTool(
  ({ a, b, operation }: { a: number; b: number; operation: string }) => {
    const operations: Record<string, BinaryOp> = { add: (x, y) => x + y, subtract: (x, y) => x - y };
    // Any string: `constructor` and `toString` too.
    // llmsafe-expect: model-chosen-tool-dispatch
    const op = operations[operation];
    if (!op) return `Unknown operation: ${operation}`;
    return String(op(a, b));
  },
  { name: "loose_calculator", description: "Arithmetic by name", schema: z.object({ a: z.number(), b: z.number(), operation: z.string() }) },
);

const UNITS: Record<string, (v: number) => number> = { km_to_mi: (v) => v * 0.621, mi_to_km: (v) => v / 0.621 };

export const convert = tool({
  description: "Convert a distance",
  inputSchema: z.object({ value: z.number(), unit: z.enum(["km_to_mi", "mi_to_km"]) }),
  // llmsafe-expect-clean: model-chosen-tool-dispatch
  execute: async ({ value, unit }) => ({ result: UNITS[unit](value) }),
});

export const convertAny = tool({
  description: "Convert with a named formula",
  inputSchema: z.object({ value: z.number(), formula: z.string().describe("formula name") }),
  // llmsafe-expect: model-chosen-tool-dispatch
  execute: async ({ value, formula }) => ({ result: UNITS[formula](value) }),
});

// The enum closes the file name as well: no path of the model's choosing.
export const readGuide = agentTool({
  name: "read_guide",
  description: "Read one of the bundled guides",
  parameters: z.object({ guide: z.enum(["setup", "billing"]), note: z.string() }),
  execute: async ({ guide, note }) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    const text = await readFile(`guides/${guide}.md`, "utf8");
    // llmsafe-expect: llm-output-path-traversal
    await readFile(`notes/${note}.md`, "utf8");
    return text;
  },
});
