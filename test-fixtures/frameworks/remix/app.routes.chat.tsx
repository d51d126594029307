// app/routes/chat.tsx: a Remix / React Router route. The action answers the chat form; the
// loader greets in the language the query string asks for.
import type { ActionFunctionArgs, LoaderFunctionArgs } from "@remix-run/node";
import { json } from "@remix-run/node";
import Anthropic from "@anthropic-ai/sdk";

const anthropic = new Anthropic();
const LANGUAGES = new Set(["English", "French", "German"]);

export async function action({ request, params }: ActionFunctionArgs) {
  const form = await request.formData();
  const persona = String(form.get("persona") ?? "");
  const question = String(form.get("question") ?? "");
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // llmsafe-expect: system-prompt-injection
    system: `You are ${persona}, helping the ${params.workspace} workspace.`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: question }],
  });
  return json({ answer: message.content });
}

export const loader = async ({ request }: LoaderFunctionArgs) => {
  const url = new URL(request.url);
  const lang = url.searchParams.get("lang") ?? "English";
  const message = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    // llmsafe-expect: system-prompt-injection
    system: `Always reply in ${lang}.`,
    messages: [{ role: "user", content: "Greet a new customer." }],
  });
  const safe = LANGUAGES.has(lang) ? lang : "English";
  const again = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 256,
    // llmsafe-expect-clean: system-prompt-injection
    system: `Always reply in ${safe}.`,
    messages: [{ role: "user", content: "Greet a new customer." }],
  });
  return json({ greeting: message.content, again: again.content });
};
