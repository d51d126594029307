// A browser chat client that streams completions itself (no SDK): the request goes out through
// fetchEventSource, each server-sent event carries a chunk of the provider's stream, and tool
// calls the model makes are run by plugin functions looked up by name. The chunk is the provider's
// envelope; what it holds (delta text, a tool call's arguments) is the model's output.
import { fetchEventSource } from "@fortaine/fetch-event-source";
import { z } from "zod";

type PluginFn = (args: any) => Promise<unknown>;

const WeatherArgs = z.object({ city: z.string().max(80) });

export function streamChat(
  prompt: string,
  plugins: Record<string, PluginFn>,
  output: HTMLElement,
  apiKey: string,
) {
  const toolCalls: { name: string; arguments: string }[] = [];
  const payload = {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${apiKey}` },
    body: JSON.stringify({
      model: "gpt-4o-mini",
      stream: true,
      temperature: 0.3,
      messages: [{ role: "user", content: prompt }],
    }),
  };
  fetchEventSource("https://api.openai.com/v1/chat/completions", {
    ...payload,
    onmessage(msg) {
      if (msg.data === "[DONE]") {
        for (const call of toolCalls) {
          // llmsafe-expect: unvalidated-llm-json
          const args = JSON.parse(call.arguments);
          // llmsafe-expect: model-chosen-tool-dispatch
          plugins[call.name](args);
          // llmsafe-expect-clean: unvalidated-llm-json
          const checked = WeatherArgs.parse(JSON.parse(call.arguments));
          plugins.weather(checked);
        }
        return;
      }
      // llmsafe-expect-clean: unvalidated-llm-json
      const chunk = JSON.parse(msg.data);
      const delta = chunk.choices?.[0]?.delta;
      if (delta?.content) {
        // llmsafe-expect: llm-output-xss
        output.innerHTML += delta.content;
        // llmsafe-expect-clean: llm-output-xss
        output.title = "answering";
      }
      for (const t of delta?.tool_calls ?? []) {
        toolCalls.push({ name: t.function.name, arguments: t.function.arguments });
      }
    },
  });
}

// The same transport for the app's own notification stream: no model in the request, so its events
// are the server's own text, not model output.
export function followNotifications(channel: string, feed: HTMLElement) {
  fetchEventSource("/api/notifications", {
    method: "POST",
    body: JSON.stringify({ channel, since: Date.now() }),
    onmessage: (msg) => {
      // llmsafe-expect-clean: llm-output-xss
      feed.innerHTML = msg.data;
    },
  });
}
