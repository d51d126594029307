// examples/lib/artifacts.ts: helpers the examples share to save what a run produced. They take
// option objects (destructured, or a context passed along the turn), and only some fields of
// those objects hold model output.
import OpenAI from "openai";
import fs from "node:fs/promises";
import path from "node:path";

const client = new OpenAI();
const OUTPUT_DIR = path.join(process.cwd(), "output");

async function saveArtifact({ content, filename }: { content: string; filename: string }) {
  await fs.mkdir(OUTPUT_DIR, { recursive: true });
  await fs.writeFile(path.join(OUTPUT_DIR, filename), content);
}

const saveNamed = async ({ result, name }: { result: string; name: string }) => {
  await fs.writeFile(`${OUTPUT_DIR}/${name}.md`, result);
};

interface TurnContext {
  agentFile: string;
  fetchResult: string;
  attempt: number;
}

function loadAgentDefinition(ctx: TurnContext) {
  return fs.readFile(path.join(OUTPUT_DIR, "agents", ctx.agentFile), "utf8");
}

async function summarise(topic: string) {
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Write a short report about ${topic}.` }],
  });
  return completion.choices[0].message.content ?? "";
}

export async function main() {
  const report = await summarise("rainbows");

  // The model's text is the content; the file name is fixed.
  // llmsafe-expect-clean: llm-output-path-traversal
  await saveArtifact({ content: report, filename: "report.md" });
  // llmsafe-expect-clean: llm-output-path-traversal
  await saveNamed({ result: report, name: `run-${Date.now()}` });

  // The model chooses the file name.
  const title = await summarise("a file name for the report, one word");
  // llmsafe-expect: llm-output-path-traversal
  await saveArtifact({ content: report, filename: title });
  // llmsafe-expect: llm-output-path-traversal
  await saveNamed({ result: report, name: title });

  // A turn context: the model's answer is one field, the agent file another.
  const ctx: TurnContext = { agentFile: "default.md", fetchResult: report, attempt: 1 };
  // llmsafe-expect-clean: llm-output-path-traversal
  await loadAgentDefinition(ctx);
  const picked: TurnContext = { agentFile: title, fetchResult: report, attempt: 2 };
  // llmsafe-expect: llm-output-path-traversal
  await loadAgentDefinition(picked);
}
