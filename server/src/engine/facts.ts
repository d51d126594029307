// What one propagation pass over a module records; rules read these, never the AST.
import type { SinkKind } from "./types";
import type { Trail } from "./value";

export interface SinkHit {
  type: "sink";
  sink: SinkKind;
  file: string;
  start: number;
  end: number;
  t: number; // taint kinds that reached the sink
  trail: Trail | null; // provenance, newest link first
  confidence: "high" | "medium" | "low";
  /** Details rules use in messages and fixes. */
  detail: {
    api?: string; // e.g. "openai chat.completions.create"
    channel?: string; // e.g. "system message", "system", "prompt"
    role?: string;
    undelimited?: boolean;
    envName?: string;
    /**
     * The helper the tainted value was passed to, when the sink is inside it. The hit is then
     * located at the call's argument, and its trail's newest link is the sink inside the helper
     * (sinkInHelper reads it: findings are grouped by it).
     */
    via?: string;
    /** Range of the whole call or property at the sink, for fixes. */
    container?: { start: number; end: number };
    /** For an endpoint sink: the server's credential that goes with the request (eval/model-endpoints.ts). */
    credential?: string;
    /** A client-held messages list with unconstrained roles next to the server's instructions (eval/client-roles.ts). */
    clientRoles?: boolean;
    /** An instruction channel known only by the variable's name (eval/named-instructions.ts): no modelled LLM call in its module. */
    named?: string;
  };
}

/**
 * A tool the model can call. Recorded for every tool whose handler llmsafe follows, with
 * `effects` empty when it does nothing high-impact (the summary of what was understood counts them).
 */
export interface ToolFact {
  type: "tool";
  file: string;
  start: number;
  end: number;
  api: string;
  name?: string;
  effects: { effect: string; file: string; start: number; end: number }[];
  /** What the tool gives its agent: external content, private data, a way out (lethal-trifecta-agent). */
  legs: ToolLeg[];
  approved: boolean;
  /**
   * A tool registered on an object whose tools are one tool set (an MCP server): the object, by its
   * source text, and where it is made (or first named). The engine makes a `tool-set` fact of them.
   */
  registeredOn?: { key: string; start: number; end: number };
  /** Where to insert `needsApproval: true` (offset after `{` of the tool object), if the API supports it. */
  approvalInsertAt?: number;
  /** Range of an explicit `needsApproval: false` value, which the fix replaces. */
  approvalFalse?: { start: number; end: number };
}

/** One leg of the lethal trifecta a tool gives its agent, and the call (or returned value) that gives it. */
export interface ToolLeg {
  leg: "external-content" | "private-data" | "outbound";
  /** "fetches any URL the model names", "queries a database", "sends email". */
  what: string;
  file: string;
  start: number;
  end: number;
}

/** A tool as an agent's tool set holds it: where it is defined, its name, what it gives, whether a person approves each call. */
export interface AgentTool {
  file: string;
  start: number;
  end: number;
  name?: string;
  api: string;
  approved: boolean;
  legs: ToolLeg[];
}

/**
 * The tools one agent holds together: a model call's `tools`, an `Agent`'s, a LangChain agent's, or
 * every tool registered on one MCP server. Only tools whose handlers llmsafe followed are listed.
 */
export interface ToolSetFact {
  type: "tool-set";
  file: string;
  start: number;
  end: number;
  api: string;
  tools: AgentTool[];
}

export interface JsonParseFact {
  type: "json-parse";
  file: string;
  start: number;
  end: number;
  trail: Trail | null;
  argStart: number;
  argEnd: number;
  /** "medium" when the model output parsed comes from an LLM call recognised only by shape. */
  confidence?: "medium";
}

export interface BrowserClientFact {
  type: "browser-client";
  file: string;
  start: number;
  end: number;
  api: string;
}

export interface SafetySettingFact {
  type: "safety-setting";
  file: string;
  start: number;
  end: number;
  value: string;
  /** Which setting: a Gemini per-category `threshold`, or a whole-call `safetyMode` (Cohere). */
  setting?: "threshold" | "safetyMode";
}

export interface KeyLiteralFact {
  type: "key-literal";
  file: string;
  start: number;
  end: number;
  provider: string;
  key: string;
  /** Found by its position (an LLM client's apiKey) rather than a provider's published key shape; `provider` then names the client. */
  position?: boolean;
}

/** An LLM call llmsafe recognised (an llm-call model row matched): what "understood" counts. */
export interface LlmCallFact {
  type: "llm-call";
  file: string;
  start: number;
  end: number;
  /** The model row's provider (its SDK): "openai", "anthropic", ... */
  provider: string;
  api: string;
  /** A run or generation whose prompt channels carry no instruction text of the module's own (model rows' `result: "run"`). */
  run?: true;
  /**
   * Recognised by its callee's name alone (an app's own model client, `llm.streamText`): it does not
   * stand in for the module's named instruction text (eval/named-instructions.ts), whose way into
   * such a call (a store, a helper behind the app's own types) is often not followed.
   */
  byCallee?: true;
}

/** Where requests enter: a handler registration (`app.post(path, fn)`), a route export (`export async function POST`), a server action. */
export interface HandlerFact {
  type: "handler";
  file: string;
  start: number;
  end: number;
  api: string;
}

/**
 * Prompt text shipped to the browser (eval/client-prompts.ts): an LLM call's instructions or prompt,
 * or instruction text known by its name, written as a constant of some length in a module that is
 * browser code (browser-code.ts says why: `evidence`). One per call.
 */
export interface ClientPromptFact {
  type: "client-prompt";
  file: string;
  start: number;
  end: number;
  /** The LLM call, when there is one in the module ("openai chat.completions.create"). */
  api?: string;
  /** "system message", "instructions", "prompt", "instruction text `SYSTEM_PROMPT`". */
  channel: string;
  instruction: boolean;
  /** Characters of constant text. */
  chars: number;
  evidence: string;
}

/**
 * An MCP server an app or an agent's configuration starts with something unsafe (mcp-launch.ts):
 * a registry package run with no pinned version, or a literal secret in its env or headers.
 */
export interface McpLaunchFact {
  type: "mcp-launch";
  file: string;
  start: number;
  end: number;
  /** The server's name in a configuration file, or the API that starts it in code. */
  server: string;
  problem: "unpinned" | "secret";
  /** unpinned: the runner (`npx`, `uvx`, `docker run`) and the package or image as written, and why it is not pinned. */
  runner?: string;
  pkg?: string;
  reason?: string;
  /** secret: where it sits (`env` or `headers`), its key, and the literal (masked by the rule). */
  field?: "env" | "headers";
  key?: string;
  secret?: string;
}

export type Fact = SinkHit | ToolFact | ToolSetFact | JsonParseFact | BrowserClientFact | SafetySettingFact | KeyLiteralFact | LlmCallFact | HandlerFact | ClientPromptFact | McpLaunchFact;

/** Where the sink of a hit reported at a helper's call site is: inside the helper (null for any other hit). */
export function sinkInHelper(hit: SinkHit): { file: string; start: number; end: number } | null {
  if (!hit.detail.via || !hit.trail) return null;
  return { file: hit.trail.file, start: hit.trail.start, end: hit.trail.end };
}
