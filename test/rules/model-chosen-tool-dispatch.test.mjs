// model-chosen-tool-dispatch on strings: where the finding starts and what it says, for a direct
// call through a table, `this`, an entry kept in a variable, and a helper in another file; the
// checks that keep the name in bounds are quiet.
import { RuleTester, ruleById } from "../rule-tester.mjs";

const LOOP = `import OpenAI from "openai";
const openai = new OpenAI();
const handlers: Record<string, (args: unknown) => Promise<string>> = { ping: async () => "pong" };
export async function loop(messages: any[]) {
  const res = await openai.chat.completions.create({ model: "gpt-4o", messages });
  for (const call of res.choices[0].message.tool_calls ?? []) {
    if (call.type !== "function") continue;
    const name = call.function.name;
`;

new RuleTester().run("model-chosen-tool-dispatch", ruleById("model-chosen-tool-dispatch"), {
  valid: [
    // An own-key test before the call.
    `${LOOP}    if (!Object.hasOwn(handlers, name)) throw new Error("unknown tool");
    await handlers[name]({});
  }
}`,
    // A Map: no inherited names.
    `${LOOP}    const tools = new Map(Object.entries(handlers));
    await tools.get(name)?.({});
  }
}`,
    // A switch case fixes the name.
    `${LOOP}    switch (call.function.name) {
      case "ping": await handlers[call.function.name]({}); break;
    }
  }
}`,
    // A fixed method of the entry: only the table's own entries have it.
    `${LOOP}    await (handlers as any)[name].execute({});
  }
}`,
  ],
  invalid: [
    {
      name: "a table indexed by the tool call's name and called",
      code: `${LOOP}    await handlers[name]({});
  }
}`,
      errors: [{ line: 9, column: 20, message: "Model output from `openai.chat.completions.create()` (`name`) picks which function of `handlers` runs, and nothing checks the name" }],
    },
    {
      name: "`in` does not check the name: inherited members are in every object",
      code: `${LOOP}    if (!(name in handlers)) continue;
    const run = handlers[name];
    await run({});
  }
}`,
      errors: [{ line: 10, column: 26, message: "picks which function of `handlers` runs" }],
    },
    {
      name: "this indexed by the name: every method of the class",
      code: `import OpenAI from "openai";
const openai = new OpenAI();
export class Agent {
  async ping() { return "pong"; }
  async wipe() { return "gone"; }
  async step(messages: any[]) {
    const res = await openai.chat.completions.create({ model: "gpt-4o", messages });
    const call = res.choices[0].message.tool_calls![0];
    if (call.type === "function") return (this as any)[call.function.name]();
  }
}`,
      errors: [{ line: 9, column: 56, message: "the model can call any method of this object" }],
    },
    {
      name: "a helper in another file that indexes its table with its parameter",
      files: {
        "agent.ts": `import Anthropic from "@anthropic-ai/sdk";
import { runTool } from "./registry";
const client = new Anthropic();
export async function turn(question: string) {
  const msg = await client.messages.create({ model: "claude-sonnet-4-5", max_tokens: 512, messages: [{ role: "user", content: question }] });
  for (const block of msg.content) if (block.type === "tool_use") await runTool(block.name, block.input);
}`,
        "registry.ts": `export const registry: Record<string, (input: unknown) => Promise<string>> = { ping: async () => "pong" };
export function runTool(name: string, input: unknown) {
  return registry[name](input);
}`,
      },
      errors: [{ line: 6, column: 81, message: "(`block.name`), passed to `runTool()`, picks which function of `registry` runs" }],
    },
  ],
});
