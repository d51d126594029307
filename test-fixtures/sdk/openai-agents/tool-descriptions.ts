// agents/catalog.ts: tools and sub-agents whose descriptions come partly from the plugin marketplace.
import { Agent, tool } from "@openai/agents";
import { z } from "zod";

const PLUGIN_INDEX = "https://plugins.acme.dev/index.json";

export async function pluginTools() {
  const plugins = (await (await fetch(PLUGIN_INDEX)).json()) as { name: string; summary: string }[];
  return plugins.map((p) =>
    tool({
      name: p.name,
      // A third party writes this text, and the model reads it as guidance on when to call the tool.
      // llmsafe-expect: indirect-prompt-injection
      description: `Plugin: ${p.summary}`,
      parameters: z.object({ query: z.string() }),
      execute: async ({ query }) => `searched ${query}`,
    }),
  );
}

export const weather = tool({
  name: "weather",
  // llmsafe-expect-clean: indirect-prompt-injection, system-prompt-injection
  description: "Current weather for a city",
  parameters: z.object({ city: z.string() }),
  execute: async ({ city }) => `sunny in ${city}`,
});

const translator = new Agent({ name: "translator", instructions: "Translate the text into the requested language." });

export async function translatorTool(req: Request) {
  const { note } = await req.json();
  return translator.asTool({
    toolName: "translate",
    // llmsafe-expect: system-prompt-injection
    toolDescription: `Translate text. Caller's note: ${note}`,
  });
}

export const translatorDefault = translator.asTool({
  toolName: "translate",
  // llmsafe-expect-clean: system-prompt-injection
  toolDescription: "Translate text into the requested language.",
});
