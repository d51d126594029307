// The chat screen: sends the conversation through the app's own gateway client and shows the
// answer that comes back through its callbacks.
import { GatewayApi } from "./gateway-client";

const api = new GatewayApi("/api/gateway");

export function send(history: { role: "user" | "assistant"; content: string }[], bubble: HTMLElement, status: HTMLElement) {
  return api.chat({
    messages: history,
    config: { model: "gpt-4o-mini" },
    onUpdate(partial) {
      // llmsafe-expect-clean: llm-output-xss
      status.textContent = partial;
    },
    onFinish(message) {
      // llmsafe-expect: llm-output-xss
      bubble.innerHTML = message;
      // llmsafe-expect: llm-output-code-execution
      if (message.startsWith("=")) eval(message.slice(1));
    },
  });
}
