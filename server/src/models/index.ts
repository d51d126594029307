// Every built-in model. Supporting a new SDK means adding a file here, not touching the engine.
import type { Model } from "../engine/model";
import { agencyModel } from "./agency";
import { agentCapabilitiesModel } from "./agent-capabilities";
import { anthropicModel } from "./anthropic";
import { bedrockModel } from "./bedrock";
import { byShapeModel } from "./by-shape";
import { chatPlatformsModel } from "./chat-platforms";
import { chatgptApiModel } from "./chatgpt-api";
import { cohereModel } from "./cohere";
import { genkitModel } from "./genkit";
import { googleModel } from "./google";
import { httpFrameworksModel } from "./http-frameworks";
import { httpResponsesModel } from "./http-responses";
import { huggingfaceModel } from "./huggingface";
import { langchainModel } from "./langchain";
import { llamaindexModel } from "./llamaindex";
import { markdownModel } from "./markdown";
import { mastraModel } from "./mastra";
import { mcpModel } from "./mcp";
import { memoizersModel } from "./memoizers";
import { nodeCoreModel } from "./node-core";
import { ollamaModel } from "./ollama";
import { openaiModel } from "./openai";
import { openaiAgentsModel } from "./openai-agents";
import { openrouterModel } from "./openrouter";
import { reactModel } from "./react";
import { replicateModel } from "./replicate";
import { sqlModel } from "./sql";
import { storesModel } from "./stores";
import { typechatModel } from "./typechat";
import { vercelAiModel } from "./vercel-ai";
import { webModel } from "./web";
import { webSearchModel } from "./web-search";
import { workersAiModel } from "./workers-ai";

export const builtinModels: Model[] = [
  openaiModel, anthropicModel, googleModel, vercelAiModel, langchainModel, openaiAgentsModel,
  mcpModel, llamaindexModel, nodeCoreModel, webModel, httpFrameworksModel, sqlModel, agencyModel,
  // Later SDKs: after the ones above, so a reference both match keeps the older row first.
  ollamaModel, cohereModel, bedrockModel, huggingfaceModel, replicateModel, genkitModel, mastraModel,
  workersAiModel, openrouterModel, typechatModel, chatPlatformsModel, storesModel, memoizersModel,
  httpResponsesModel, markdownModel, reactModel, agentCapabilitiesModel, webSearchModel, chatgptApiModel,
  // Calls no model above describes, recognised by their request's shape.
  byShapeModel,
];
