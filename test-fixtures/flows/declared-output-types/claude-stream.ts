// A terminal-style viewer that receives Claude's stream events from a worker and paints them; the
// Anthropic types come in as a namespace import and as a named type import of the SDK.
import type Anthropic from "@anthropic-ai/sdk";
import type { Message } from "@anthropic-ai/sdk/resources/messages";

export async function paintStream(screen: HTMLElement, events: AsyncIterable<Anthropic.MessageStreamEvent>) {
  for await (const event of events) {
    if (event.type === "content_block_delta" && event.delta.type === "text_delta") {
      // llmsafe-expect: llm-output-xss
      screen.insertAdjacentHTML("beforeend", event.delta.text);
    }
  }
}

export function paintFinal(screen: HTMLElement, msg: Message) {
  const block = msg.content[0];
  if (block?.type !== "text") return;
  // llmsafe-expect: llm-output-xss
  screen.innerHTML = block.text;
}

export function paintCost(screen: HTMLElement, msg: Message) {
  // llmsafe-expect-clean: llm-output-xss
  screen.innerHTML = `<span>${msg.usage.input_tokens + msg.usage.output_tokens} tokens, ${msg.stop_reason}</span>`;
}
