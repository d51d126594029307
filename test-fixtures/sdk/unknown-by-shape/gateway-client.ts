// An app's own client for an OpenAI-compatible gateway (the way multi-provider chat apps wrap each
// provider): a class that builds the request payload and reports the answer through the
// callbacks of an options object.
export interface ChatOptions {
  messages: { role: "system" | "user" | "assistant"; content: string }[];
  config: { model: string; temperature?: number };
  onUpdate?: (message: string) => void;
  onFinish: (message: string) => void;
}

export class GatewayApi {
  constructor(private readonly baseUrl: string) {}

  path(route: string): string {
    return `${this.baseUrl}/${route}`;
  }

  async chat(options: ChatOptions): Promise<void> {
    const messages: { role: string; content: string }[] = [];
    for (const v of options.messages) messages.push({ role: v.role, content: v.content });
    const requestPayload = {
      messages,
      model: options.config.model,
      temperature: options.config.temperature ?? 0.5,
      stream: false,
    };
    const res = await fetch(this.path("v1/chat/completions"), {
      method: "POST",
      body: JSON.stringify(requestPayload),
      headers: { "content-type": "application/json" },
    });
    const json = await res.json();
    const message: string = json.choices?.at(0)?.message?.content ?? "";
    options.onUpdate?.(message);
    options.onFinish(message);
  }
}
