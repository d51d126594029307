// lib/exports/exporters.ts: exporters fill a template with the model. Their callbacks do splice the
// template into the instructions, but templates come only from the server's own seeded table.
import { openai } from "@ai-sdk/openai";
import { generateText } from "ai";
import { getCardTemplate } from "../db/queries";

type Template = { body: string };

function makeExporter(spec: { format: string; render: (input: { template: Template; notes: string }) => Promise<string> }) {
  return {
    format: spec.format,
    exportWith: (input: { template: Template; notes: string }) => spec.render(input),
  };
}

const exporters = [
  makeExporter({
    format: "memo",
    render: async ({ template, notes }) => {
      const { text } = await generateText({ model: openai("gpt-4o-mini"), system: `Fill in this template exactly:\n${template.body}`, prompt: notes });
      return text;
    },
  }),
];

export async function exportMemo(notes: string) {
  const template = await getCardTemplate("memo");
  const exporter = exporters.find((e) => e.format === "memo");
  // llmsafe-expect-clean: indirect-prompt-injection
  return exporter?.exportWith({ template, notes });
}
