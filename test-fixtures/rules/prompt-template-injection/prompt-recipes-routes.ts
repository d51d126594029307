// app/api/recipes/*: users write "prompt recipes" in the UI and run them against their workspace.
import { ChatOpenAI } from "@langchain/openai";
import {
  ChatPromptTemplate,
  HumanMessagePromptTemplate,
  PromptTemplate,
} from "@langchain/core/prompts";
import { HumanMessage } from "@langchain/core/messages";
import { StringOutputParser } from "@langchain/core/output_parsers";

const model = new ChatOpenAI({ model: "gpt-4o-mini" });
const parser = new StringOutputParser();

const SYSTEM = "You are a writing assistant for the Acme workspace. Be concise.";
const WEEKLY_REPORT_TEMPLATE = "Write a weekly status report for the {team} team, dated {date}.";

const WORKSPACE = { team: "Platform", company: "Acme" };

function today() {
  return new Date().toISOString().slice(0, 10);
}

export async function POST(req: Request) {
  const { template } = await req.json();
  // llmsafe-expect: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(template);
  const text = await prompt.pipe(model).pipe(parser).invoke({ team: WORKSPACE.team, date: today() });
  return Response.json({ text });
}

export async function runWithStyle(req: Request) {
  const { style } = await req.json();
  const prompt = ChatPromptTemplate.fromTemplate(
    // llmsafe-expect: prompt-template-injection
    `Write a ${style} announcement for the {team} team about the release on {date}.`,
  );
  const text = await prompt.pipe(model).pipe(parser).invoke({ team: WORKSPACE.team, date: today() });
  return Response.json({ text });
}

export async function runSavedRecipe(req: Request) {
  const body = await req.json();
  const prompt = new PromptTemplate({
    // llmsafe-expect: prompt-template-injection
    template: body.recipe.text,
    inputVariables: ["team", "date"],
  });
  const formatted = await prompt.format({ team: WORKSPACE.team, date: today() });
  const reply = await model.invoke(formatted);
  return Response.json({ text: reply.content });
}

export async function ask(req: Request) {
  const { question } = await req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    // llmsafe-expect-clean: prompt-template-injection
    ["system", SYSTEM],
    // llmsafe-expect: prompt-template-injection
    ["human", question],
  ]);
  const text = await prompt.pipe(model).pipe(parser).invoke({});
  return Response.json({ text });
}

export async function askTemplated(req: Request) {
  const { question } = await req.json();
  // llmsafe-expect: prompt-template-injection
  const human = HumanMessagePromptTemplate.fromTemplate(question);
  const prompt = ChatPromptTemplate.fromMessages([["system", SYSTEM], human]);
  const text = await prompt.pipe(model).pipe(parser).invoke({});
  return Response.json({ text });
}

export async function askSafely(req: Request) {
  const { question } = await req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", SYSTEM],
    // llmsafe-expect-clean: prompt-template-injection
    ["human", "{question}"],
  ]);
  const text = await prompt.pipe(model).pipe(parser).invoke({
    // llmsafe-expect-clean: prompt-template-injection
    question,
  });
  return Response.json({ text });
}

export async function askWithMessage(req: Request) {
  const { question } = await req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", SYSTEM],
    // llmsafe-expect-clean: prompt-template-injection
    new HumanMessage(question),
  ]);
  const text = await prompt.pipe(model).pipe(parser).invoke({});
  return Response.json({ text });
}

export async function weeklyReport() {
  // llmsafe-expect-clean: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(WEEKLY_REPORT_TEMPLATE);
  const text = await prompt.pipe(model).pipe(parser).invoke({ team: WORKSPACE.team, date: today() });
  return Response.json({ text });
}
