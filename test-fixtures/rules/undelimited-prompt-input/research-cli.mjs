// scripts/research.mjs: a research assistant the operator runs at a terminal. The question typed
// at the prompt comes from the person who runs the agent and wrote its instructions: splicing it
// into those instructions redirects nobody else's agent.
import readline from "node:readline/promises";
import OpenAI from "openai";

const client = new OpenAI();

async function main() {
  const rl = readline.createInterface({ input: process.stdin, output: process.stdout });
  const question = await rl.question("What should I research? ");
  rl.close();
  const response = await client.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: undelimited-prompt-input
    input: `Research this question and write a one-page brief with sources: ${question}`,
  });
  console.log(response.output_text);
}

// The topic as a command-line argument: the operator's own input too.
async function outline() {
  const topic = process.argv[2] ?? "solar storage";
  const response = await client.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: undelimited-prompt-input
    input: "Write a ten-point outline for a report on " + topic,
  });
  console.log(response.output_text);
}

main().then(outline);
