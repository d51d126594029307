// Look-alike: a queued job has a name, a payload schema and a run function, but nothing
// describes it to a model: the payload is whatever the app enqueued.
import { z } from "zod";

export const refreshFeedJob = {
  name: "refresh-feed",
  schema: z.object({ feedUrl: z.string() }),
  run: async (payload: { feedUrl: string }) => {
    // llmsafe-expect-clean: llm-output-ssrf
    const res = await fetch(payload.feedUrl);
    return res.text();
  },
};
