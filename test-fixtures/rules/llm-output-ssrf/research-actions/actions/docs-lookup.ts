// Look-alike: the schema closes the one field that picks the host, and the free text goes into
// an encoded query parameter of a fixed host.
import { z } from "zod";
import type { ResearchAction } from "../types";

const HOSTS = { docs: "https://docs.example.com", blog: "https://blog.example.com" } as const;

const schema = z.object({
  site: z.enum(["docs", "blog"]),
  query: z.string(),
});

export const docsLookupAction: ResearchAction<typeof schema> = {
  name: "docs_lookup",
  schema,
  getToolDescription: () => "Search the product docs or the blog.",
  execute: async ({ site, query }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(`${HOSTS[site]}/search?q=${encodeURIComponent(query)}`);
    return { pages: [{ url: res.url, text: await res.text() }] };
  },
};
