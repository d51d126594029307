// app/api/docs-chat/route.ts: answers questions from the help-center index (Pinecone + LangChain).
import OpenAI from "openai";
import { generateText, streamText } from "ai";
import { openai } from "@ai-sdk/openai";
import { OpenAIEmbeddings } from "@langchain/openai";
import { PineconeStore } from "@langchain/pinecone";
import { Pinecone } from "@pinecone-database/pinecone";

const client = new OpenAI();
const pinecone = new Pinecone();
const vectorStore = await PineconeStore.fromExistingIndex(new OpenAIEmbeddings(), {
  pineconeIndex: pinecone.Index("help-center"),
});
const retriever = vectorStore.asRetriever({ k: 4 });

const BASE = "You are the Acme help-center assistant. Answer only from the documentation.";

export async function POST(req: Request) {
  const { question } = await req.json();
  const docs = await retriever.invoke(question);
  const context = docs.map((d) => d.pageContent).join("\n---\n");

  const result = streamText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect: indirect-prompt-injection
    // llmsafe-expect-clean: system-prompt-injection
    system: `${BASE}\n\nDocumentation:\n${context}`,
    // llmsafe-expect-clean: indirect-prompt-injection
    prompt: question,
  });
  return result.toTextStreamResponse();
}

export async function answerWithDataMessage(req: Request) {
  const { question } = await req.json();
  const docs = await vectorStore.similaritySearch(question, 4);
  const context = docs.map((d) => d.pageContent).join("\n---\n");

  const { text } = await generateText({
    model: openai("gpt-4o-mini"),
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `${BASE} The documentation is in the first user message inside <docs> tags. ${docs.length} excerpts were found.`,
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", content: `<docs>\n${context}\n</docs>` },
      { role: "user", content: question },
    ],
  });
  return Response.json({ text });
}

export async function answerWithScores(req: Request) {
  const { question } = await req.json();
  const results = await vectorStore.similaritySearchWithScore(question, 6);
  let context = "";
  for (const [doc, score] of results) {
    if (score < 0.75) continue;
    context += `\n[${doc.metadata.title}]\n${doc.pageContent}\n`;
  }

  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: BASE + "\nRelevant articles:" + context },
      { role: "user", content: question },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function answerWithDeveloperContext(req: Request) {
  const { question } = await req.json();
  const [topDoc] = await retriever.invoke(question);
  const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [{ role: "system", content: BASE }];
  if (topDoc) {
    const { pageContent } = topDoc;
    // llmsafe-expect: indirect-prompt-injection
    messages.push({ role: "developer", content: `Prefer this article when answering:\n${pageContent}` });
  }
  messages.push({ role: "user", content: question });

  const completion = await client.chat.completions.create({ model: "gpt-4.1", messages });
  return Response.json({ answer: completion.choices[0].message.content });
}

export async function answerWithToolMessage(req: Request) {
  const { question } = await req.json();
  const docs = await retriever.invoke(question);
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      { role: "system", content: BASE },
      { role: "user", content: question },
      {
        role: "assistant",
        tool_calls: [{ id: "call_docs", type: "function", function: { name: "search_docs", arguments: "{}" } }],
      },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "tool", tool_call_id: "call_docs", content: docs.map((d) => d.pageContent).join("\n\n") },
    ],
  });
  return Response.json({ answer: completion.choices[0].message.content });
}
