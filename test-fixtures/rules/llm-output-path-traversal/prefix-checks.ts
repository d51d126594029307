// Prefix checks on the model's path or URL that look like containment but are not.
import { tool } from "@openai/agents";
import got from "got";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { z } from "zod";

const WORKSPACE = "/srv/agent-workspace";
const DOCS_PREFIX = "https://docs.acme.dev/";

export const readRaw = tool({
  name: "read_raw",
  description: "Read a file from the workspace",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    // "/srv/agent-workspace/../../etc/passwd" starts with the workspace too: the path was never normalised.
    if (!file.startsWith(WORKSPACE + "/")) return "outside the workspace";
    // llmsafe-expect: llm-output-path-traversal
    return readFile(file, "utf8");
  },
});

export const readAbsolute = tool({
  name: "read_absolute",
  description: "Read a file by absolute path",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.resolve(file);
    // Absolute, but anywhere.
    if (!full.startsWith("/")) return "absolute paths only";
    // llmsafe-expect: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

export const readResolved = tool({
  name: "read_resolved",
  description: "Read a file from the workspace",
  parameters: z.object({ file: z.string() }),
  execute: async ({ file }) => {
    const full = path.join(WORKSPACE, file);
    if (!full.startsWith(WORKSPACE + path.sep)) return "outside the workspace";
    // llmsafe-expect-clean: llm-output-path-traversal
    return readFile(full, "utf8");
  },
});

export const fetchAnyHttps = tool({
  name: "fetch_https",
  description: "Fetch a page over HTTPS",
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    // Any host at all, as long as it is HTTPS.
    if (!url.startsWith("https://")) return "https only";
    // llmsafe-expect: llm-output-ssrf
    return got(url).text();
  },
});

export const fetchDocs = tool({
  name: "fetch_docs",
  description: "Fetch a page of the Acme docs",
  parameters: z.object({ url: z.string() }),
  execute: async ({ url }) => {
    if (!url.startsWith(DOCS_PREFIX)) return "Acme docs only";
    // llmsafe-expect-clean: llm-output-ssrf
    return got(url, { followRedirect: false }).text();
  },
});
