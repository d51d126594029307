// functions/ask/index.mjs: an API Gateway Lambda in front of Claude on Amazon Bedrock (InvokeModel).
import { BedrockRuntimeClient, InvokeModelCommand } from "@aws-sdk/client-bedrock-runtime";

const bedrock = new BedrockRuntimeClient({ region: process.env.AWS_REGION });
const MODEL_ID = "anthropic.claude-3-5-haiku-20241022-v1:0";
const TONES = { formal: "Answer formally.", casual: "Answer casually." };

export async function handler(event) {
  const body = JSON.parse(event.body || "{}");
  const system = `You are the support assistant of ${body.company}. Keep answers short.`;
  const payload = {
    anthropic_version: "bedrock-2023-05-31",
    max_tokens: 1024,
    // llmsafe-expect: system-prompt-injection
    system,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: body.question }],
  };
  const command = new InvokeModelCommand({
    modelId: MODEL_ID,
    contentType: "application/json",
    accept: "application/json",
    body: JSON.stringify(payload),
  });
  const response = await bedrock.send(command);
  // The provider's envelope, not the model's own JSON.
  // llmsafe-expect-clean: unvalidated-llm-json
  const result = JSON.parse(new TextDecoder().decode(response.body));
  return { statusCode: 200, body: JSON.stringify({ answer: result.content?.[0]?.text }) };
}

// A tone chosen from a fixed table: the client picks a key, never the text.
export async function toneHandler(event) {
  const { tone, question } = JSON.parse(event.body ?? "{}");
  const command = new InvokeModelCommand({
    modelId: MODEL_ID,
    contentType: "application/json",
    body: JSON.stringify({
      anthropic_version: "bedrock-2023-05-31",
      max_tokens: 512,
      // llmsafe-expect-clean: system-prompt-injection
      system: TONES[tone === "casual" ? "casual" : "formal"],
      messages: [{ role: "user", content: question }],
    }),
  });
  const response = await bedrock.send(command);
  return { statusCode: 200, body: new TextDecoder().decode(response.body) };
}
