// A support inbox that calls the model itself and also has its own types named like the SDK's:
// a local `Message` interface for tickets and the DOM's `Response` for its REST API. Neither is
// model output, whatever the name.
import OpenAI from "openai";

interface Message {
  id: string;
  author: string;
  content: string;
}

const openai = new OpenAI();

export function renderTicket(list: HTMLElement, message: Message) {
  // llmsafe-expect-clean: llm-output-xss
  list.insertAdjacentHTML("beforeend", `<li>${message.content}</li>`);
}

export async function renderStatus(el: HTMLElement, res: Response) {
  const body = await res.text();
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = body;
}

export function renderThread(el: HTMLElement, thread: { messages: Message[] }) {
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = thread.messages.map((m) => m.content).join("<br>");
}

export async function suggestReply(el: HTMLElement, ticket: Message) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Draft a polite reply to: ${ticket.content}` }],
  });
  // llmsafe-expect: llm-output-xss
  el.innerHTML = completion.choices[0].message.content ?? "";
}
