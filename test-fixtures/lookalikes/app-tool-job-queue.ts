// jobs/thumbnails.ts: background jobs declared with a description, a schema and a run function.
// The queue runs them with the payload the app enqueued; no model chooses it. (The project also
// calls a model elsewhere, so the file is read in full.)
import { schemaTask } from "@trigger.dev/sdk/v3";
import { execFile, exec } from "node:child_process";
import { z } from "zod";

export const thumbnail = schemaTask({
  id: "thumbnail",
  description: "Render a thumbnail for an uploaded video",
  schema: z.object({ file: z.string() }),
  run: async ({ file }) => {
    // llmsafe-expect-clean: llm-output-command-injection
    exec(`ffmpeg -i ${file} -frames:v 1 thumb.png`);
  },
});

export const promptTable = [
  {
    name: "summarise-file",
    description: "Summarise a file the user picks",
    argsSchema: { path: z.string() },
    handler: async ({ path }: { path: string }) => {
      // llmsafe-expect-clean: llm-output-command-injection
      execFile("cat", [path]);
      return { messages: [] };
    },
  },
];
