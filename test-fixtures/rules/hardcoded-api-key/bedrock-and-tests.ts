// Bedrock client for the EU deployment, plus fixtures shared by the unit tests.
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import Anthropic from "@anthropic-ai/sdk";

if (!process.env.AWS_BEARER_TOKEN_BEDROCK) {
  // llmsafe-expect: hardcoded-api-key
  process.env.AWS_BEARER_TOKEN_BEDROCK = "ABSKRkFLRSBiZWRyb2NrIGFwaSBrZXkgZm9yIGxsbXNhZmUgdGVzdCBmaXh0dXJlczsgaXQgbWF0Y2hlcyB0aGUgc2hhcGUgb2YgYSByZWFsIGtleSBhbmQgb3BlbnMgbm90aGluZyBhdCBhbGwu";
}

export const bedrock = new BedrockRuntimeClient({ region: "eu-central-1" });

export async function converse(text: string) {
  const out = await bedrock.send(
    new ConverseCommand({
      modelId: "anthropic.claude-3-5-sonnet-20240620-v1:0",
      messages: [{ role: "user", content: [{ text }] }],
    }),
  );
  return out.output?.message?.content?.[0]?.text ?? "";
}

export const usageReporter = new Anthropic({
  // llmsafe-expect: hardcoded-api-key
  apiKey: "sk-ant-admin01-FAKE-admin_LLMSAFE-fixture_9876543210-FAKE-admin_LLMSAFE-fixture_9876543210-FAKE-admin_LLMSAFAA",
});

export const TEST_ENV = {
  // llmsafe-expect-clean: hardcoded-api-key
  OPENAI_API_KEY: "sk-test-key",
  // llmsafe-expect-clean: hardcoded-api-key
  ANTHROPIC_API_KEY: "sk-ant-test",
  // llmsafe-expect-clean: hardcoded-api-key
  GEMINI_API_KEY: "YOUR_GEMINI_API_KEY",
};

// llmsafe-expect-clean: hardcoded-api-key
export const FAKE_PROJECT_KEY = "sk-proj-" + "x".repeat(74) + "T3BlbkFJ" + "x".repeat(74);

// git commit of the prompt pack this build ships with
// llmsafe-expect-clean: hardcoded-api-key
export const PROMPT_PACK_COMMIT = "3f1c9a7d2b8e4f60a1c5d9e2b7f3a8c4d6e0b1f2";
