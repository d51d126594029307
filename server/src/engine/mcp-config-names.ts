// Which files are MCP configurations: names only, no parser, so the file walks (folder-walk.ts,
// the CLI's discovery) can use it cheaply. What is in them is read by mcp-config.ts.
/** File names that hold MCP server configurations, wherever they are (`.cursor/mcp.json` is `mcp.json`). */
export const MCP_CONFIG_NAMES: ReadonlySet<string> = new Set([".mcp.json", "mcp.json", "claude_desktop_config.json"]);
/** Tool dot-folders the walks enter for their MCP configuration only (`.cursor/mcp.json`, `.vscode/mcp.json`). */
export const MCP_CONFIG_DOT_DIRS: ReadonlySet<string> = new Set([".cursor", ".vscode", ".roo", ".kiro", ".gemini"]);

export function isMcpConfigFile(path: string): boolean {
  const name = path.slice(Math.max(path.lastIndexOf("/"), path.lastIndexOf("\\")) + 1).toLowerCase();
  return MCP_CONFIG_NAMES.has(name);
}
