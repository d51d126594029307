// lambda/summarise.js: `module.exports = { handler }`, the handler declared first.
const { BedrockRuntimeClient, ConverseCommand } = require("@aws-sdk/client-bedrock-runtime");

const client = new BedrockRuntimeClient({});

async function handler(event) {
  const params = event.queryStringParameters ?? {};
  const request = {
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    // llmsafe-expect: system-prompt-injection
    system: [{ text: `Summarise for a reader who is ${params.audience}.` }],
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: [{ text: params.text }] }],
  };
  const out = await client.send(new ConverseCommand(request));
  return { statusCode: 200, body: out.output?.message?.content?.[0]?.text ?? "" };
}

// Not exported: nothing calls it with an event.
async function warmup(event) {
  const out = await client.send(new ConverseCommand({
    modelId: "anthropic.claude-3-haiku-20240307-v1:0",
    // llmsafe-expect-clean: system-prompt-injection
    system: [{ text: `Warm-up ping ${event}` }],
    messages: [{ role: "user", content: [{ text: "ping" }] }],
  }));
  return out;
}

module.exports = { handler, warmup };
