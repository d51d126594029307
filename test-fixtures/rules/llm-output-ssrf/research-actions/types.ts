import type { z } from "zod";

export interface ChatModel {
  streamText(input: { messages: { role: string; content: string }[]; tools: ToolSpec[] }): AsyncIterable<{ toolCalls: ToolCall[] }>;
}

export interface ToolSpec { name: string; description: string; schema: z.ZodObject<any> }
export interface ToolCall { id: string; name: string; arguments: Record<string, unknown> }

export interface ResearchAction<S extends z.ZodObject<any> = z.ZodObject<any>> {
  name: string;
  schema: S;
  getToolDescription: () => string;
  execute: (params: z.infer<S>, ctx: { sessionId: string }) => Promise<{ pages: { url: string; text: string }[] }>;
}
