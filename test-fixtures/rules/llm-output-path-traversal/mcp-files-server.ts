// servers/project-files.ts: MCP server giving an assistant access to one project folder.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { createReadStream } from "node:fs";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const ROOT = path.resolve(process.env.PROJECT_ROOT ?? process.cwd());

const server = new McpServer({ name: "project-files", version: "1.2.0" });

server.tool("read_file", "Read a file from the project", { path: z.string() }, async ({ path: file }) => {
  // llmsafe-expect: llm-output-path-traversal
  const text = await fs.readFile(file, "utf8");
  return { content: [{ type: "text", text }] };
});

server.registerTool(
  "list_directory",
  {
    title: "List directory",
    description: "List the entries of a project directory",
    inputSchema: { dir: z.string().default(".") },
  },
  async ({ dir }) => {
    // llmsafe-expect: llm-output-path-traversal
    const entries = await fs.readdir(path.join(ROOT, dir), { withFileTypes: true });
    return { content: [{ type: "text", text: entries.map((e) => (e.isDirectory() ? `${e.name}/` : e.name)).join("\n") }] };
  },
);

server.tool(
  "file_head",
  "First bytes of a file",
  { path: z.string(), bytes: z.number().int().max(65_536).default(4_096) },
  async ({ path: file, bytes }) => {
    const chunks: Buffer[] = [];
    // llmsafe-expect: llm-output-path-traversal
    for await (const chunk of createReadStream(path.resolve(ROOT, file), { start: 0, end: bytes - 1 })) {
      chunks.push(chunk as Buffer);
    }
    return { content: [{ type: "text", text: Buffer.concat(chunks).toString("utf8") }] };
  },
);

function insideRoot(requested: string): string {
  const full = path.resolve(ROOT, requested);
  if (full !== ROOT && !full.startsWith(ROOT + path.sep)) {
    throw new Error(`Refusing to access ${requested}: outside ${ROOT}`);
  }
  return full;
}

server.registerTool(
  "read_file_safe",
  { description: "Read a file inside the project", inputSchema: { path: z.string() } },
  async ({ path: requested }) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    const text = await fs.readFile(insideRoot(requested), "utf8");
    return { content: [{ type: "text", text }] };
  },
);

server.registerTool(
  "read_doc",
  { description: "Read a page of the project docs by name", inputSchema: { page: z.string() } },
  async ({ page }) => {
    // llmsafe-expect-clean: llm-output-path-traversal
    const text = await fs.readFile(path.join(ROOT, "docs", `${path.basename(page)}.md`), "utf8");
    return { content: [{ type: "text", text }] };
  },
);

await server.connect(new StdioServerTransport());
