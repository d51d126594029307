// LLM SDK packages as data: the ones an app may call a model (or run an agent) through. The
// engine compares each file's package imports with this list and the models' own packages: a
// listed package no model row names is reported as "not modelled", so a run that finds nothing
// in code calling it says that llmsafe did not understand those calls, rather than staying
// silent. A package here that a model describes is simply not reported; adding its model is
// enough (no edit here). `*` matches the rest of a scoped name ("@langchain/*").
export const knownLlmPackages: readonly string[] = [
  // Providers' own SDKs
  "openai", "@azure/openai", "@anthropic-ai/*", "@google/genai", "@google/generative-ai", "@google-cloud/vertexai",
  "@google-cloud/aiplatform", "cohere-ai", "@mistralai/mistralai", "groq-sdk", "together-ai",
  "@cerebras/cerebras_cloud_sdk", "ollama", "replicate", "@fal-ai/*",
  "@huggingface/inference", "@huggingface/transformers", "@xenova/transformers", "@gradio/client",
  "@aws-sdk/client-bedrock-runtime", "@aws-sdk/client-bedrock-agent-runtime", "@aws-sdk/client-sagemaker-runtime",
  "@azure-rest/ai-inference", "@azure/ai-projects", "@cloudflare/ai", "@openrouter/sdk", "@openrouter/agent",
  "@ibm-cloud/watsonx-ai", "voyageai",
  // Frameworks and gateways
  "ai", "@ai-sdk/*", "langchain", "@langchain/*", "llamaindex", "@llamaindex/*", "@openai/agents*", "@openai/guardrails",
  "@modelcontextprotocol/sdk", "fastmcp", "genkit", "@genkit-ai/*", "@mastra/*", "modelfusion", "portkey-ai",
  "@instructor-ai/instructor", "@microsoft/teams-ai", "@mlc-ai/web-llm", "node-llama-cpp", "@browserbasehq/stagehand",
];
