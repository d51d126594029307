// tools/schemas.ts: every tool's argument schema in one module, imported by the handlers.
import { z } from "zod";

export const RunCommandArgs = z.object({
  command: z.string(),
  shell: z.string().optional(),
  timeout_ms: z.number(),
  origin: z.enum(["ui", "llm"]).optional(),
});

export const ArchiveArgs = z
  .object({
    format: z.enum(["zip", "tar"]),
    level: z.number().int(),
    name: z.string(),
  })
  .strict()
  .describe("archive the workspace");

export const Signal = z.enum(["SIGTERM", "SIGKILL"]);
