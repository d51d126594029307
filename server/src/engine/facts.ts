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
    /** The helper the tainted value was passed to, when the sink is inside it. */
    via?: string;
    /** Range of the whole call or property at the sink, for fixes. */
    container?: { start: number; end: number };
  };
}

export interface ToolFact {
  type: "tool";
  file: string;
  start: number;
  end: number;
  api: string;
  name?: string;
  effects: { effect: string; file: string; start: number; end: number }[];
  approved: boolean;
  /** Where to insert `needsApproval: true` (offset after `{` of the tool object), if the API supports it. */
  approvalInsertAt?: number;
  /** Range of an explicit `needsApproval: false` value, which the fix replaces. */
  approvalFalse?: { start: number; end: number };
}

export interface JsonParseFact {
  type: "json-parse";
  file: string;
  start: number;
  end: number;
  trail: Trail | null;
  argStart: number;
  argEnd: number;
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
}

export interface KeyLiteralFact {
  type: "key-literal";
  file: string;
  start: number;
  end: number;
  provider: string;
  key: string;
}

export type Fact = SinkHit | ToolFact | JsonParseFact | BrowserClientFact | SafetySettingFact | KeyLiteralFact;
