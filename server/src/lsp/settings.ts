// Editor settings under the `llmsafe` section, typed once here so the VS Code client and the
// server agree on names and defaults. Settings arrive untyped from any client (Neovim sends
// null for a missing section), so they are normalised, never trusted, and never throw.
import { withRuleOverrides, type ResolvedConfig } from "../engine/config";
import type { SeveritySetting } from "../engine/types";

export type RunMode = "onType" | "onSave";
export type TraceLevel = "off" | "messages" | "verbose";

export interface LlmsafeSettings {
  /** false: no diagnostics, no scan, for this workspace folder. */
  enable: boolean;
  /** Analyse while typing (debounced) or only when the file is saved. */
  run: RunMode;
  /** Severity overrides by rule id, applied on top of .llmsaferc.json. */
  rules: Record<string, SeveritySetting>;
  trace: { server: TraceLevel };
}

export const SETTINGS_SECTION = "llmsafe";

export function defaultSettings(): LlmsafeSettings {
  return { enable: true, run: "onType", rules: {}, trace: { server: "off" } };
}

const SEVERITIES: Record<string, SeveritySetting> = { off: "off", error: "error", warning: "warning", warn: "warning", info: "info" };

/** Settings from the client plus the problems found in them (shown to the user once). */
export function normalizeSettings(raw: unknown, knownRuleIds: ReadonlySet<string>): { settings: LlmsafeSettings; problems: string[] } {
  const settings = defaultSettings();
  const problems: string[] = [];
  if (raw === null || raw === undefined) return { settings, problems };
  if (typeof raw !== "object" || Array.isArray(raw)) {
    problems.push("llmsafe settings must be an object; using the defaults.");
    return { settings, problems };
  }
  const r = raw as Record<string, unknown>;
  if (typeof r.enable === "boolean") settings.enable = r.enable;
  else if (r.enable !== undefined) problems.push("llmsafe.enable must be true or false.");
  if (r.run === "onType" || r.run === "onSave") settings.run = r.run;
  else if (r.run !== undefined) problems.push(`llmsafe.run must be "onType" or "onSave" (got ${JSON.stringify(r.run)}).`);
  if (r.rules && typeof r.rules === "object" && !Array.isArray(r.rules)) {
    for (const [id, sev] of Object.entries(r.rules as Record<string, unknown>)) {
      if (!knownRuleIds.has(id)) problems.push(`llmsafe.rules: unknown rule id "${id}".`);
      else if (typeof sev !== "string" || !(sev in SEVERITIES)) problems.push(`llmsafe.rules.${id} must be one of off, error, warning, info.`);
      else settings.rules[id] = SEVERITIES[sev];
    }
  } else if (r.rules !== undefined && r.rules !== null) problems.push("llmsafe.rules must be an object of rule id to severity.");
  const trace = (r.trace as Record<string, unknown> | undefined)?.server;
  if (trace === "off" || trace === "messages" || trace === "verbose") settings.trace.server = trace;
  return { settings, problems };
}

/** The engine configuration a folder runs with: the file's, with the editor's severities on top. */
export function mergeConfig(fileConfig: ResolvedConfig, settings: LlmsafeSettings): ResolvedConfig {
  return withRuleOverrides(fileConfig, settings.rules);
}

export function sameSettings(a: LlmsafeSettings, b: LlmsafeSettings): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}
