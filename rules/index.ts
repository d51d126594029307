// The rule index: every rule of the catalog, in catalog order. Rule ids are a public contract.
import clientExposedApiKey from "./client-exposed-api-key";
import type { Rule } from "./define";
import disabledSafetySettings from "./disabled-safety-settings";
import excessiveAgencyTool from "./excessive-agency-tool";
import hardcodedApiKey from "./hardcoded-api-key";
import indirectPromptInjection from "./indirect-prompt-injection";
import llmOutputCodeExecution from "./llm-output-code-execution";
import llmOutputCommandInjection from "./llm-output-command-injection";
import llmOutputPathTraversal from "./llm-output-path-traversal";
import llmOutputSqlInjection from "./llm-output-sql-injection";
import llmOutputSsrf from "./llm-output-ssrf";
import llmOutputXss from "./llm-output-xss";
import promptTemplateInjection from "./prompt-template-injection";
import secretInPrompt from "./secret-in-prompt";
import systemPromptInjection from "./system-prompt-injection";
import undelimitedPromptInput from "./undelimited-prompt-input";
import unvalidatedLlmJson from "./unvalidated-llm-json";

export const rules: Rule[] = [
  systemPromptInjection, promptTemplateInjection, undelimitedPromptInput, indirectPromptInjection,
  llmOutputCodeExecution, llmOutputCommandInjection, llmOutputSqlInjection, llmOutputXss, llmOutputSsrf,
  llmOutputPathTraversal, unvalidatedLlmJson, secretInPrompt, hardcodedApiKey, clientExposedApiKey,
  excessiveAgencyTool, disabledSafetySettings,
];

export const rulesById = new Map(rules.map((r) => [r.id, r]));
export type { Rule } from "./define";
