// src/assistant.ts: docs assistant on LangChain.js (@langchain/core 1.x, OpenAI + pgvector).
import { ChatOpenAI, OpenAIEmbeddings } from "@langchain/openai";
import { PGVectorStore } from "@langchain/community/vectorstores/pgvector";
import { ChatPromptTemplate, PromptTemplate } from "@langchain/core/prompts";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { StringOutputParser } from "@langchain/core/output_parsers";
import type { FastifyInstance } from "fastify";
import { z } from "zod";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });
const store = await PGVectorStore.initialize(new OpenAIEmbeddings(), {
  postgresConnectionOptions: { connectionString: process.env.DATABASE_URL },
  tableName: "doc_chunks",
});
const retriever = store.asRetriever({ k: 5 });

const DOCS_RULES = "You answer questions about the Acme SDK using the documentation excerpts only.";
const FAQ_TEMPLATE = PromptTemplate.fromTemplate("Answer the FAQ question in two sentences: {question}");
const Release = z.object({ version: z.string(), breaking: z.boolean(), highlights: z.array(z.string()) });

const personaPrompt = ChatPromptTemplate.fromMessages([
  ["system", "You are {persona}. " + DOCS_RULES],
  ["human", "{question}"],
]);

export default async function routes(app: FastifyInstance) {
  app.post<{ Body: { persona: string; question: string } }>("/ask", async (request) => {
    const chain = personaPrompt.pipe(model).pipe(new StringOutputParser());
    return chain.invoke({
      // llmsafe-expect: system-prompt-injection
      persona: request.body.persona,
      // llmsafe-expect-clean: system-prompt-injection, prompt-template-injection
      question: request.body.question,
    });
  });

  app.post<{ Body: { question: string } }>("/ask/rag", async (request) => {
    const docs = await retriever.invoke(request.body.question);
    const context = docs.map((d) => d.pageContent).join("\n\n");
    const reply = await model.invoke([
      // llmsafe-expect: indirect-prompt-injection
      new SystemMessage(`${DOCS_RULES}\n\nExcerpts:\n${context}`),
      // llmsafe-expect-clean: undelimited-prompt-input
      new HumanMessage(request.body.question),
    ]);
    return { answer: reply.content };
  });

  app.post<{ Body: { question: string } }>("/ask/rag-v2", async (request) => {
    const docs = await retriever.invoke(request.body.question);
    const context = docs.map((d) => d.pageContent).join("\n\n");
    const reply = await model.invoke([
      // llmsafe-expect-clean: indirect-prompt-injection
      new SystemMessage(`${DOCS_RULES} The excerpts are in the <excerpts> block of the user message.`),
      // llmsafe-expect-clean: indirect-prompt-injection
      new HumanMessage(`<excerpts>\n${context}\n</excerpts>\n\nQuestion: ${JSON.stringify(request.body.question)}`),
    ]);
    return { answer: reply.content };
  });

  app.post<{ Body: { template: string; topic: string } }>("/playground", async (request) => {
    // "Power users can write their own prompt" (a template with {topic}).
    // llmsafe-expect: prompt-template-injection
    const prompt = PromptTemplate.fromTemplate(request.body.template);
    const chain = prompt.pipe(model).pipe(new StringOutputParser());
    return chain.invoke({ topic: request.body.topic });
  });

  app.post<{ Body: { question: string } }>("/faq", async (request) => {
    // llmsafe-expect-clean: prompt-template-injection
    const chain = FAQ_TEMPLATE.pipe(model).pipe(new StringOutputParser());
    // The FAQ template carries instructions and splices the question in with no delimiters.
    // llmsafe-expect-clean: prompt-template-injection
    // llmsafe-expect: undelimited-prompt-input
    return chain.invoke({ question: request.body.question });
  });

  app.post<{ Body: { notes: string } }>("/release", async (request) => {
    const reply = await model.invoke([
      new SystemMessage('Turn release notes into JSON {"version": string, "breaking": boolean, "highlights": string[]}.'),
      new HumanMessage(request.body.notes),
    ]);
    // llmsafe-expect: unvalidated-llm-json
    const release = JSON.parse(String(reply.content));
    return { title: `v${release.version}${release.breaking ? " (breaking)" : ""}` };
  });

  app.post<{ Body: { notes: string } }>("/release/v2", async (request) => {
    const structured = model.withStructuredOutput(Release);
    // llmsafe-expect-clean: unvalidated-llm-json
    const release = await structured.invoke([new HumanMessage(request.body.notes)]);
    return { title: `v${release.version}${release.breaking ? " (breaking)" : ""}` };
  });

  app.post<{ Body: { text: string } }>("/tldr", async (request) => {
    const reply = await model.invoke(
      // llmsafe-expect: undelimited-prompt-input
      `Write a one-line TL;DR of the following changelog entry. Do not add anything else.\n${request.body.text}`,
    );
    return { tldr: reply.content };
  });
}
