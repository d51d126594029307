// Examples that download the files a code-interpreter run produced, and an MCP server wrapping a
// public API: the host is fixed by the program, the model's values only fill the path.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { openai } from "@ai-sdk/openai";
import { generateText, tool } from "ai";
import { z } from "zod";

const POKE_API_BASE = "https://pokeapi.co/api/v2";
const INTERNAL_BASE = "http://metrics.internal:9090";

async function downloadContainerFile(container: string, file: string) {
  const infoUrl = `https://api.openai.com/v1/containers/${container}/files/${file}`;
  const info = await fetch(infoUrl, { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` } });
  const { path } = await info.json();
  const content = await fetch(`${infoUrl}/content`, { headers: { Authorization: `Bearer ${process.env.OPENAI_API_KEY}` } });
  return { path, bytes: await content.arrayBuffer() };
}

async function downloadAzureFile(container: string, file: string) {
  // The host is the operator's resource name from the environment, not the model's.
  const url = `https://${process.env.AZURE_RESOURCE_NAME}.openai.azure.com/openai/v1/containers/${container}/files/${file}/content`;
  return (await fetch(url, { headers: { "api-key": process.env.AZURE_API_KEY ?? "" } })).arrayBuffer();
}

async function pokeApi<T>(path: string): Promise<T | null> {
  const res = await fetch(`${POKE_API_BASE}${path}`, { headers: { Accept: "application/json" } });
  return res.ok ? ((await res.json()) as T) : null;
}

async function metrics(query: string) {
  // No `/` after the port: `@evil.example/` or `.evil.example/` in `query` changes the host.
  return (await fetch(INTERNAL_BASE + query)).json();
}

export async function runAndDownload() {
  const result = await generateText({
    model: openai.responses("gpt-4.1-mini"),
    prompt: "Write a program that plots five random numbers and save the plot to a file.",
    tools: { code_interpreter: openai.tools.codeInterpreter() },
  });
  const files: { containerId: string; fileId: string }[] = [];
  for (const part of result.content) {
    if (part.type === "source" && part.sourceType === "document") {
      const meta = part.providerMetadata?.openai as { containerId: string; fileId: string };
      files.push({ containerId: meta.containerId, fileId: meta.fileId });
    }
  }
  for (const f of files) {
    // llmsafe-expect-clean: llm-output-ssrf
    await downloadContainerFile(f.containerId, f.fileId);
    // llmsafe-expect-clean: llm-output-ssrf
    await downloadAzureFile(f.containerId, f.fileId);
  }
  // A host the model names is still chosen by the model.
  // llmsafe-expect: llm-output-ssrf
  await fetch(`https://${result.text.trim()}/v1/files`);
  // llmsafe-expect: llm-output-ssrf
  await metrics(result.text);
}

const server = new McpServer({ name: "pokemon", version: "1.0.0" });

server.tool("get-pokemon", "Get Pokemon details by name", { name: z.string() }, async ({ name }) => {
  const path = `/pokemon/${name.toLowerCase()}`;
  // llmsafe-expect-clean: llm-output-ssrf
  const pokemon = await pokeApi<{ name: string }>(path);
  return { content: [{ type: "text", text: pokemon ? pokemon.name : "not found" }] };
});

server.tool("get-resource", "Get any PokeAPI resource by its URL", { url: z.string() }, async ({ url }) => {
  // llmsafe-expect: llm-output-ssrf
  const res = await fetch(`${url}`);
  return { content: [{ type: "text", text: await res.text() }] };
});

export const lookup = tool({
  description: "Look up a user on one of our services",
  inputSchema: z.object({ service: z.string(), user: z.string() }),
  // llmsafe-expect: llm-output-ssrf
  execute: async ({ service, user }) => (await fetch(`https://${service}.internal.example/users/${user}`)).json(),
});
