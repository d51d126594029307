// workspace/executeCommand: the workspace scan, and the two link commands that code actions carry
// (for editors other than VS Code, whose client implements those itself).
import { existsSync } from "node:fs";
import { join } from "node:path";
import { ErrorCodes, ResponseError, type Connection, type ExecuteCommandParams } from "vscode-languageserver";
import { rulesById } from "../../../rules/index";
import type { ClientFeatures } from "./capabilities";
import { COMMAND_OPEN_SURVEY, COMMAND_SHOW_RULE_DOCS } from "./code-actions";
import { invalidParams } from "./params";
import type { ServerLog } from "./server-log";
import { pathToUri } from "./uri";
import type { ScanSummary } from "./workspace-scan";

/** Re-reads settings and config, rescans every folder and returns a ScanSummary. */
export const COMMAND_SCAN = "llmsafe.server.scanWorkspace";
/**
 * Advertised in executeCommandProvider. The link commands that code actions carry
 * (llmsafe.openSurveySection, llmsafe.showRuleDocumentation) are not: the VS Code client
 * implements them under the same ids, and one id cannot be registered twice. Other editors send
 * workspace/executeCommand for them anyway, and the server answers with window/showDocument.
 */
export const COMMANDS = [COMMAND_SCAN];

/** The rule's documentation page (docs/rules/<id>.md under docsDir), if it ships. */
export function ruleDocsUri(docsDir: string, ruleId: string): string | null {
  const file = join(docsDir, `${ruleId}.md`);
  return existsSync(file) ? pathToUri(file) : null;
}

export interface CommandContext {
  connection: Connection;
  log: ServerLog;
  features: () => ClientFeatures;
  docsUriOf: (ruleId: string) => string | null;
  ready: Promise<void>;
  /** Re-reads settings and configuration and rescans the workspace. */
  rescan: () => Promise<ScanSummary | null>;
}

export async function executeCommand(params: ExecuteCommandParams, ctx: CommandContext): Promise<unknown> {
  const args = params?.arguments ?? [];
  switch (params?.command) {
    case COMMAND_OPEN_SURVEY:
      return openSurveySection(args[0], ctx);
    case COMMAND_SHOW_RULE_DOCS:
      return showRuleDocumentation(args[0], ctx);
    case COMMAND_SCAN:
      await ctx.ready;
      return ctx.rescan();
    default:
      throw new ResponseError(ErrorCodes.MethodNotFound, `llmsafe: unknown command ${String(params?.command)}`);
  }
}

function openSurveySection(url: unknown, ctx: CommandContext) {
  if (typeof url !== "string" || !/^https:\/\//.test(url)) throw invalidParams(`${COMMAND_OPEN_SURVEY} takes the section's https URL`);
  if (ctx.features().showDocument) return ctx.connection.window.showDocument({ uri: url, external: true });
  ctx.log.info(`Survey section: ${url}`);
  return null;
}

function showRuleDocumentation(ruleId: unknown, ctx: CommandContext) {
  const rule = typeof ruleId === "string" ? rulesById.get(ruleId) : undefined;
  if (!rule) throw invalidParams(`${COMMAND_SHOW_RULE_DOCS} takes a rule id`);
  const docs = ctx.docsUriOf(rule.id);
  if (docs && ctx.features().showDocument) return ctx.connection.window.showDocument({ uri: docs, takeFocus: true });
  ctx.log.info(`${rule.id}: ${rule.meta.description}. ${docs ?? rule.meta.surveyUrl}`);
  return null;
}
