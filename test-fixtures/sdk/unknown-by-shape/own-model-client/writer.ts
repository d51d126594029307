// The writer step of a search agent: it reaches the model through `config.llm`, typed with the
// app's abstract class, so only the call's name and its role messages say it is an LLM call.
import type { BaseLLM, ChatMessage } from "./base-llm";

interface WriterInput {
  question: string;
  history: ChatMessage[];
  config: { llm: BaseLLM; searchUrl: string };
}

export async function* writeAnswer(input: WriterInput) {
  const res = await fetch(`${input.config.searchUrl}/search?format=json&q=${encodeURIComponent(input.question)}`);
  const { results } = await res.json();
  const context = results.map((r: { title: string; content: string }, i: number) => `<result index=${i + 1} title=${r.title}>${r.content}</result>`).join("\n");
  const stream = input.config.llm.streamText({
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Answer the question using the search results.\n<search_results>\n${context}\n</search_results>` },
      ...input.history,
      { role: "user", content: input.question },
    ],
  });
  for await (const chunk of stream) yield chunk.contentChunk;
}

export async function titleFor(input: WriterInput) {
  const res = await fetch(`${input.config.searchUrl}/search?format=json&q=${encodeURIComponent(input.question)}`);
  const { results } = await res.json();
  const out = await input.config.llm.generateText({
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: "Write a five-word title for the conversation." },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", content: `Question: ${input.question}\nTop result: ${results[0]?.title}` },
    ],
  });
  return out.content;
}

// Look-alike: a log sink's `stream` with messages is no model call.
export function record(logger: { stream(x: { messages: ChatMessage[] }): void }, results: { content: string }[]) {
  // llmsafe-expect-clean: indirect-prompt-injection
  logger.stream({ messages: [{ role: "system", content: results.map((r) => r.content).join("\n") }] });
}
