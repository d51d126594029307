// handler.js: a Serverless Framework function (CommonJS) answering over the Bedrock Converse API.
const { BedrockRuntimeClient, ConverseCommand } = require("@aws-sdk/client-bedrock-runtime");

const client = new BedrockRuntimeClient({});
const RULES = "You are Acme's booking assistant. Only discuss reservations.";

exports.handler = async (event) => {
  const { question, notes } = JSON.parse(event.body);
  const systemBlocks = [{ text: RULES }];
  if (notes) {
    systemBlocks.push({ text: `Agent notes: ${notes}` });
  }
  const cmd = new ConverseCommand({
    modelId: "amazon.nova-lite-v1:0",
    // llmsafe-expect: system-prompt-injection
    system: systemBlocks,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: [{ text: question }] }],
  });
  const out = await client.send(cmd);
  return { statusCode: 200, body: JSON.stringify({ text: out.output?.message?.content?.[0]?.text }) };
};
