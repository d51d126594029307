// Workflow commands (`::error file=...,line=...::message`) that GitHub shows as annotations on the
// pull request's diff: the same text as `llmsafe --format github` (message, taint path, other
// calls, survey link). Everything in them comes from the linted code, so it is escaped: a message
// or a file name can never end the command or start another one.
import { relative, sep } from "node:path";

// https://docs.github.com/actions/reference/workflow-commands-for-github-actions
export const escapeData = (s) => s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");
const LEVEL = { error: "error", warning: "warning", info: "notice" };

/** A path as GitHub wants it in an annotation: relative to the workspace, with forward slashes. */
export function workspacePath(workspace, file) {
  return relative(workspace, file).split(sep).join("/");
}

export function annotation(item, workspace) {
  const rel = (l) => `${workspacePath(workspace, l.file)}:${l.line}`;
  const props = [
    ["file", workspacePath(workspace, item.file)], ["line", item.line], ["col", item.column], ["endLine", item.endLine],
    ...(item.endLine === item.line && item.endColumn ? [["endColumn", item.endColumn]] : []),
    ["title", `llmsafe ${item.ruleId}`],
  ];
  let text = item.message;
  if (item.path.length) text += `\npath: ${item.path.map((p) => `${rel(p)} ${p.description}`).join(" → ")}`;
  if (item.related.length) text += `\nalso: ${item.related.map(rel).join(", ")}`;
  if (item.surveyUrl) text += `\nsurvey §${item.surveySection}: ${item.surveyUrl}`;
  return `::${LEVEL[item.severity]} ${props.map(([k, v]) => `${k}=${escapeProperty(String(v))}`).join(",")}::${escapeData(text)}`;
}
