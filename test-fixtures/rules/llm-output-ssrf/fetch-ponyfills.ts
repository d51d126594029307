// src/tools/remote.ts: an MCP server's URL tools, written against fetch ponyfills so the same code
// runs on old Node and in the browser build (cross-fetch, isomorphic-unfetch export fetch itself).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import crossFetch from "cross-fetch";
import { fetch as ponyFetch } from "cross-fetch";
import unfetch from "isomorphic-unfetch";
import { z } from "zod";

const server = new McpServer({ name: "remote-files", version: "1.2.0" });
const MIRRORS = new Set(["mirror.example.org", "cdn.example.org"]);

async function readFromUrl(url: string): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 10_000);
  try {
    const response = await crossFetch(url, { signal: controller.signal });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
    return await response.text();
  } finally {
    clearTimeout(timer);
  }
}

server.tool("read_url", { url: z.string() }, async ({ url }) => ({
  // llmsafe-expect: llm-output-ssrf
  content: [{ type: "text", text: await readFromUrl(url) }],
}));

server.tool("head_url", { url: z.string() }, async ({ url }) => {
  // llmsafe-expect: llm-output-ssrf
  const r = await ponyFetch(url, { method: "HEAD" });
  return { content: [{ type: "text", text: String(r.status) }] };
});

server.tool("download", { link: z.string() }, async ({ link }) => {
  // llmsafe-expect: llm-output-ssrf
  const r = await unfetch(link);
  return { content: [{ type: "text", text: (await r.text()).slice(0, 5000) }] };
});

server.tool("mirror_file", { host: z.string(), file: z.string() }, async ({ host, file }) => {
  if (!MIRRORS.has(host)) return { content: [{ type: "text", text: "unknown mirror" }], isError: true };
  // llmsafe-expect-clean: llm-output-ssrf
  const r = await crossFetch(`https://${host}/files/${encodeURIComponent(file)}`);
  return { content: [{ type: "text", text: await r.text() }] };
});

server.tool("package_info", { name: z.string() }, async ({ name }) => {
  // llmsafe-expect-clean: llm-output-ssrf
  const r = await crossFetch(`https://registry.npmjs.org/${encodeURIComponent(name)}`);
  return { content: [{ type: "text", text: JSON.stringify(await r.json()).slice(0, 4000) }] };
});
