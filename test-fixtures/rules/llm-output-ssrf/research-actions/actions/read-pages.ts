// The agent's own "read these pages" action: the registry runs it with the arguments of the
// model's tool call, so every URL here is the model's choice (and a page it read earlier can
// tell it which ones to pick).
import { z } from "zod";
import type { ResearchAction } from "../types";

const schema = z.object({
  urls: z.array(z.string()).describe("Pages to read"),
  reason: z.string(),
});

const readPagesAction: ResearchAction<typeof schema> = {
  name: "read_pages",
  schema,
  getToolDescription: () => "Read up to three web pages the user asked about.",
  execute: async (params, ctx) => {
    const pages = [];
    for (const url of params.urls.slice(0, 3)) {
      // llmsafe-expect: llm-output-ssrf
      const res = await fetch(url);
      pages.push({ url, text: await res.text() });
    }
    console.log(ctx.sessionId, params.reason);
    return { pages };
  },
};

export default readPagesAction;
