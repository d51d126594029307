// app/api/tools/*: the "writing tools" menu of the editor (translate, summarize, title...).
import OpenAI from "openai";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const client = new OpenAI();
const LANGUAGES = ["French", "German", "Spanish", "Japanese"];
const TRANSLATOR = "You are a professional translator. Keep formatting and code blocks unchanged.";

function titlePrompt(articleText: string) {
  return `Suggest five short, catchy titles for the following article. Return one per line.\n\n${articleText}`;
}

export async function POST(req: Request) {
  const { text, language } = await req.json();
  const { text: translation } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: `Translate the following text into ${language}: ${text}`,
  });
  return Response.json({ translation });
}

export async function translateChecked(req: Request) {
  const { text, language } = await req.json();
  if (!LANGUAGES.includes(language)) {
    return new Response("unsupported language", { status: 400 });
  }
  const { text: translation } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: undelimited-prompt-input
    system: `${TRANSLATOR} Translate everything the user sends into ${language}.`,
    // llmsafe-expect-clean: undelimited-prompt-input
    prompt: text,
  });
  return Response.json({ translation });
}

export async function summarize(req: Request) {
  const body = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: undelimited-prompt-input
      { role: "user", content: "Summarize this customer review in one sentence:\n" + body.review },
    ],
  });
  return Response.json({ summary: completion.choices[0].message.content });
}

export async function summarizeDelimited(req: Request) {
  const body = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Summarize the review inside <review> tags in one sentence." },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: `<review>\n${body.review}\n</review>` },
    ],
  });
  return Response.json({ summary: completion.choices[0].message.content });
}

export async function fixGrammar(req: Request) {
  const { draft } = await req.json();
  const response = await client.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: undelimited-prompt-input
    input: `Fix the grammar and spelling. Do not change the meaning.\n\n${draft}`,
  });
  return Response.json({ fixed: response.output_text });
}

export async function fixGrammarEscaped(req: Request) {
  const { draft } = await req.json();
  const response = await client.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Fix the grammar and spelling of the JSON string the user sends. Reply with the fixed text only.",
    // llmsafe-expect-clean: undelimited-prompt-input
    input: `Text to fix: ${JSON.stringify(draft)}`,
  });
  return Response.json({ fixed: response.output_text });
}

export async function suggestTitles(req: Request) {
  const { article } = await req.json();
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: undelimited-prompt-input
    prompt: titlePrompt(article),
  });
  return Response.json({ titles: text.split("\n") });
}

export async function describeImage(req: Request) {
  const { imageUrl, question } = await req.json();
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: "Describe images for screen-reader users." },
      {
        role: "user",
        content: [
          { type: "text", text: "Describe this image in two sentences." },
          // llmsafe-expect-clean: undelimited-prompt-input
          { type: "image_url", image_url: { url: imageUrl } },
        ],
      },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: question },
    ],
  });
  return Response.json({ description: completion.choices[0].message.content });
}

export async function brainstorm(req: Request) {
  const { topic, count } = await req.json();
  const n = Math.min(Number(count) || 5, 20);
  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: undelimited-prompt-input
    system: `You brainstorm ${n} blog post ideas about the topic the user sends. One per line.`,
    // llmsafe-expect-clean: undelimited-prompt-input
    messages: [{ role: "user", content: topic }],
  });
  return Response.json({ ideas: text });
}
