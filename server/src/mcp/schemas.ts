// The MCP tools' input and output schemas (zod, which the SDK turns into JSON Schema for
// tools/list and checks every call and every structured answer against).
import { z } from "zod";

export const scanInput = {
  paths: z.array(z.string().min(1)).optional()
    .describe("Files or folders on disk to scan, inside the server's roots (relative paths resolve from the first root). Folders are walked; node_modules and build output are skipped. Imports are followed across files."),
  files: z.array(z.object({
    path: z.string().min(1).optional().describe("Where the file would live (inside a root); its imports resolve from there. Default: a virtual .ts file in the first root."),
    content: z.string().describe("The source text."),
  })).optional()
    .describe("Code in memory, e.g. what you are about to write. Shadows the file on disk at the same path for this call only; nothing is written."),
  rules: z.array(z.string()).optional().describe("Report only these rule ids (list_rules gives them). Default: every rule."),
};

export const ruleIdInput = {
  id: z.string().min(1).describe("A rule id, e.g. system-prompt-injection (list_rules gives them)."),
};

const step = z.object({ file: z.string(), line: z.number(), column: z.number(), description: z.string() });
const place = z.object({ line: z.number(), column: z.number() }).optional();
const fix = z.object({ range: z.tuple([z.number(), z.number()]), text: z.string(), start: place, end: place, replaces: z.string().optional() });
const ruleLinks = {
  docs: z.string().optional(),
  survey: z.object({ section: z.string(), title: z.string(), url: z.string() }).optional(),
  owasp: z.object({ llm2026: z.array(z.string()), llm2025: z.array(z.string()), agentic: z.array(z.string()), text: z.string() }).optional(),
  cwe: z.array(z.object({ id: z.string(), url: z.string() })).optional(),
};

export const scanOutput = {
  roots: z.array(z.string()),
  filesScanned: z.number(),
  findingCount: z.number(),
  errors: z.number(),
  warnings: z.number(),
  findings: z.array(z.object({
    rule: z.string(),
    severity: z.enum(["error", "warning"]),
    message: z.string(),
    file: z.string(),
    line: z.number(), column: z.number(), endLine: z.number(), endColumn: z.number(),
    confidence: z.string(),
    path: z.array(step).describe("The taint path, source first, sink last."),
    relatedLocations: z.array(step),
    fix: fix.optional().describe("A safe fix (llmsafe --fix would apply it)."),
    suggestions: z.array(fix.extend({ title: z.string() })),
    ...ruleLinks,
  })),
  notices: z.array(z.object({ file: z.string(), line: z.number(), column: z.number(), severity: z.string(), message: z.string() }))
    .describe("Problems with a file rather than the code: parse errors, skipped files, unused suppressions."),
  understood: z.object({
    files: z.number(), llmCalls: z.number(), tools: z.number(), handlers: z.number(), prefilterSkipped: z.number(),
    byProvider: z.array(z.object({ sdk: z.string(), calls: z.number() })),
    unmodelled: z.array(z.object({ package: z.string(), files: z.number() })),
    line: z.string(),
  }).describe("What llmsafe recognised (LLM calls by SDK, tools, request handlers, LLM SDKs it has no model for): no findings means something only next to this."),
};

const ruleSummary = z.object({
  id: z.string(), title: z.string(), severity: z.string(), category: z.string(), fixable: z.boolean(), hasSuggestions: z.boolean(),
  surveySection: z.string(), owasp: z.string(), cwe: z.array(z.string()),
});

export const listRulesOutput = { rules: z.array(ruleSummary) };

export const explainRuleOutput = {
  id: z.string(), title: z.string(), severity: z.string(), category: z.string(),
  whatItFlags: z.string(), why: z.string(), howToFix: z.string(),
  examples: z.object({ flagged: z.string(), notFlagged: z.string(), fixed: z.string() }),
  suppressing: z.string(), limitations: z.string(), fixable: z.boolean(), hasSuggestions: z.boolean(),
  links: z.object({ docs: z.string(), survey: z.object({ section: z.string(), title: z.string(), url: z.string() }), owasp: z.object({ llm2026: z.array(z.string()), llm2025: z.array(z.string()), agentic: z.array(z.string()), text: z.string() }), cwe: z.array(z.object({ id: z.string(), url: z.string() })) }),
  documentation: z.string(),
};
