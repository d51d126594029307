// repl-bot.js: a Claude bot that answers maths questions by writing JavaScript.
const Anthropic = require("@anthropic-ai/sdk");
const { runSnippet } = require("./sandbox");
const sandbox = require("./sandbox.js");

const client = new Anthropic();
const SYSTEM = "Answer with one JavaScript expression that computes the result. Expression only.";

async function solve(question) {
  const msg = await client.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    system: SYSTEM,
    messages: [{ role: "user", content: question }],
  });
  const code = msg.content[0].text;
  // llmsafe-expect: llm-output-code-execution
  return runSnippet(code, { Math });
}

async function solveStreaming(question) {
  const stream = await client.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 200,
    system: SYSTEM,
    messages: [{ role: "user", content: question }],
    stream: true,
  });
  let code = "";
  for await (const event of stream) {
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") code += event.delta.text;
  }
  // llmsafe-expect-also: llm-output-code-execution
  return sandbox.runSnippet(code);
}

function selfTest() {
  // llmsafe-expect-clean: llm-output-code-execution
  return sandbox.runSnippet("Math.max(1, 2)") === 2;
}

module.exports = { solve, solveStreaming, selfTest };
