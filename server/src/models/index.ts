// Every built-in model. Supporting a new SDK means adding a file here, not touching the engine.
import type { Model } from "../engine/model";
import { agencyModel } from "./agency";
import { anthropicModel } from "./anthropic";
import { googleModel } from "./google";
import { httpFrameworksModel } from "./http-frameworks";
import { langchainModel } from "./langchain";
import { llamaindexModel } from "./llamaindex";
import { mcpModel } from "./mcp";
import { nodeCoreModel } from "./node-core";
import { openaiModel } from "./openai";
import { openaiAgentsModel } from "./openai-agents";
import { sqlModel } from "./sql";
import { vercelAiModel } from "./vercel-ai";
import { webModel } from "./web";

export const builtinModels: Model[] = [
  openaiModel, anthropicModel, googleModel, vercelAiModel, langchainModel, openaiAgentsModel,
  mcpModel, llamaindexModel, nodeCoreModel, webModel, httpFrameworksModel, sqlModel, agencyModel,
];
