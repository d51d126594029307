// lib/config/schema.ts: the memory library's configuration, validated with zod after defaults are merged in.
import { z } from "zod";

export const ProviderSchema = z.object({
  provider: z.string(),
  config: z.record(z.string(), z.any()),
});

export const MemoryConfigSchema = z.object({
  version: z.string().optional(),
  llm: ProviderSchema,
  history: ProviderSchema,
  customInstructions: z.string().optional(),
});

export type MemoryConfig = z.infer<typeof MemoryConfigSchema>;

export const DEFAULTS = {
  version: "v1.1",
  llm: { provider: "openai", config: { apiKey: process.env.OPENAI_API_KEY || "", model: "gpt-4o-mini" } },
  history: { provider: "sqlite", config: { path: "memory.db" } },
};
