// The app's own model client: providers subclass it, the agents only see the abstract type.
export type ChatMessage = { role: "system" | "user" | "assistant"; content: string };

export abstract class BaseLLM {
  abstract streamText(input: { messages: ChatMessage[] }): AsyncGenerator<{ contentChunk: string }>;
  abstract generateText(input: { messages: ChatMessage[] }): Promise<{ content: string }>;
}
