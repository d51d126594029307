// lib/insight-chains.ts: the chains the nightly insight job shares (one writes SQL, one only formats).
import { ChatOpenAI } from "@langchain/openai";
import { PromptTemplate } from "@langchain/core/prompts";
import { StringOutputParser } from "@langchain/core/output_parsers";
import { RunnableSequence } from "@langchain/core/runnables";

const model = new ChatOpenAI({ model: "gpt-4o-mini", temperature: 0 });

export const writeInsightSql = RunnableSequence.from([
  PromptTemplate.fromTemplate("Tables: {tables}\nWrite one Postgres query for: {goal}\nSQL:"),
  model,
  new StringOutputParser(),
]);

// No model in it: the prompt is only formatted, for the audit log.
export const renderInsightPrompt = RunnableSequence.from([
  PromptTemplate.fromTemplate("Tables: {tables}\nGoal: {goal}"),
  (value: { toString(): string }) => value.toString(),
]);
