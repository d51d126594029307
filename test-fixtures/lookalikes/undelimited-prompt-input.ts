// lookalikes/undelimited-prompt-input.ts: request data in prompts that also carry instructions.
import OpenAI from "openai";
import { generateText } from "ai";
import { anthropic } from "@ai-sdk/anthropic";
import { fencedTaskPrompt, steppedTaskPrompt, taskPrompt, wrappedTaskPrompt } from "./lib/prompt-kit";

const openai = new OpenAI();
const LANGUAGES = ["French", "German", "Spanish"];

// ---- look dangerous, are safe -------------------------------------------------------------

export async function aloneInUserMessage(req: Request) {
  const { text } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Translate the user's message into French." },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: text },
    ],
  });
  return Response.json({ text: completion.choices[0].message.content });
}

export async function instructionsThenData(req: Request) {
  const { text } = await req.json();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: "Translate my next message into French. Reply with the translation only." },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: text },
    ],
  });
  return Response.json({ text: completion.choices[0].message.content });
}

export async function tagged(req: Request) {
  const { review } = await req.json();
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Summarize the review inside <review> tags in one sentence.\n<review>\n${review}\n</review>`,
  });
  return Response.json({ text });
}

export async function jsonEscaped(req: Request) {
  const { title } = await req.json();
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: `Suggest three better titles for this JSON-encoded title: ${JSON.stringify(title)}`,
  });
  return Response.json({ text });
}

export async function allowListedLanguage(req: Request) {
  const { language, text } = await req.json();
  const target = LANGUAGES.includes(language) ? language : "French";
  const { text: out } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    system: "You are a translator. Translate the user's message.",
    messages: [
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: `Target language: ${target}. Keep the formatting.` },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: text },
    ],
  });
  return Response.json({ text: out });
}

export async function numericOnly(req: Request) {
  const { count, topic } = await req.json();
  const n = Math.min(parseInt(count, 10) || 3, 10);
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    system: `Suggest ${n} blog post titles about the topic the user sends.`,
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: topic,
  });
  return Response.json({ text });
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function stringified(req: Request) {
  const form = await req.formData();
  const draft = String(form.get("draft"));
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: "Fix the grammar of this email. Keep the tone.\n\n" + draft,
  });
  return Response.json({ text });
}

export async function toStringTrim(req: Request) {
  const form = await req.formData();
  const note = form.get("note")?.toString().trim() ?? "";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "You turn meeting notes into action items." },
      // llmsafe-expect: undelimited-prompt-input
      { role: "user", content: `List the action items as bullets, owners in bold: ${note}` },
    ],
  });
  return Response.json({ text: completion.choices[0].message.content });
}

export async function renamedDestructure(req: Request) {
  const { text: articleBody } = await req.json();
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: undelimited-prompt-input
    input: `Write a 280-character teaser for this article and end with a question.\n${articleBody}`,
  });
  return Response.json({ text: response.output_text });
}

export async function nullishDefault(req: Request) {
  const url = new URL(req.url);
  const query = url.searchParams.get("q") ?? "today's deals";
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Write a product search summary for: ${query}. Mention at most three products.`,
  });
  return Response.json({ text });
}

export async function joinedItems(req: Request) {
  const { items } = await req.json();
  const list = (items as { name: string }[]).map((i) => `- ${i.name}`).join("\n");
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Group these shopping items by aisle:\n${list}`,
  });
  return Response.json({ text });
}

export async function helperInOtherFile(req: Request) {
  const { article } = await req.json();
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    prompt: taskPrompt(
      "Summarize the article below in three bullet points.",
      // The helper joins the two with a blank line only.
      // llmsafe-expect: undelimited-prompt-input
      article,
    ),
  });
  return Response.json({ text });
}

export async function helperInOtherFileLookalikes(req: Request) {
  const { article, heading } = await req.json();
  const fenced = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // The helper fences the text off in tags.
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: fencedTaskPrompt("Summarize the article below in three bullet points.", article),
  });
  const label = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // "Article:" is a label, not an instruction.
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: taskPrompt("Article:", article),
  });
  const trusted = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // Both parts are the server's own text.
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: taskPrompt("Summarize the article below in three bullet points.", HOUSE_NOTES),
  });
  const stepped = await generateText({
    model: anthropic("claude-haiku-4-5"),
    // The helper fences the text in one template and joins it to the task in another.
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: steppedTaskPrompt("Summarize the article below in three bullet points.", article),
  });
  return Response.json({ fenced: fenced.text, label: label.text, trusted: trusted.text, stepped: stepped.text, heading });
}

export async function helperWrapsBareJoin(req: Request) {
  const { article } = await req.json();
  const { text } = await generateText({
    model: anthropic("claude-haiku-4-5"),
    prompt: wrappedTaskPrompt(
      "Summarize the article below in three bullet points.",
      // The tag around the whole request does not separate the article from the task.
      // llmsafe-expect: undelimited-prompt-input
      article,
    ),
  });
  return Response.json({ text });
}

const HOUSE_NOTES = "Our return window is 30 days. Refunds go back to the original card.";
