// lookalikes/prompt-template-injection.ts: LangChain templates next to request data.
import { ChatOpenAI } from "@langchain/openai";
import { ChatPromptTemplate, PromptTemplate } from "@langchain/core/prompts";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";
import { StringOutputParser } from "@langchain/core/output_parsers";

const model = new ChatOpenAI({ model: "gpt-4o-mini" });
const parser = new StringOutputParser();
const SYSTEM = "You are a writing assistant for the Acme blog.";
const TEMPLATES = {
  tweet: "Write a tweet about {topic}.",
  haiku: "Write a haiku about {topic}.",
  outline: "Write a five-point blog outline about {topic}.",
} as const;

// ---- look dangerous, are safe -------------------------------------------------------------

export async function templateFromTable(req: Request) {
  const { kind, topic } = await req.json();
  if (!(kind in TEMPLATES)) return new Response("unknown kind", { status: 400 });
  // llmsafe-expect-clean: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(TEMPLATES[kind as keyof typeof TEMPLATES]);
  // Every table template is an instruction with {topic} spliced in, like the two cases below.
  // llmsafe-expect-clean: prompt-template-injection
  // llmsafe-expect: undelimited-prompt-input
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({ topic }) });
}

const QUOTED_TEMPLATES: Record<string, string> = {
  summary: "Summarise the article between the <article> tags in three sentences.\n<article>{text}</article>",
  title: 'Suggest a title for the article in triple quotes.\n"""{text}"""',
};

export async function templateFromDelimitedTable(req: Request) {
  const { kind, text } = await req.json();
  if (!(kind in QUOTED_TEMPLATES)) return new Response("unknown kind", { status: 400 });
  const prompt = PromptTemplate.fromTemplate(QUOTED_TEMPLATES[kind]);
  // Every entry fences {text} off from the instruction.
  // llmsafe-expect-clean: undelimited-prompt-input
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({ text }) });
}

export async function userValueAsVariable(req: Request) {
  const { topic, audience } = await req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", SYSTEM],
    // llmsafe-expect-clean: prompt-template-injection
    ["human", "Write a short post about {topic}."],
  ]);
  // Safe as a template, but {topic} is spliced into an instruction with no delimiters.
  // llmsafe-expect-clean: prompt-template-injection
  // llmsafe-expect: undelimited-prompt-input
  const text = await prompt.pipe(model).pipe(parser).invoke({ topic });
  return Response.json({ text, audience });
}

export async function userTextAsMessageObject(req: Request) {
  const { draft } = await req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    new SystemMessage(SYSTEM),
    // llmsafe-expect-clean: prompt-template-injection
    new HumanMessage(draft),
  ]);
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({}) });
}

export async function formatThenSend(req: Request) {
  const { topic } = await req.json();
  // llmsafe-expect-clean: prompt-template-injection
  // llmsafe-expect: undelimited-prompt-input
  const text = await PromptTemplate.fromTemplate(TEMPLATES.outline).format({ topic });
  const reply = await model.invoke([new SystemMessage(SYSTEM), new HumanMessage(text)]);
  return Response.json({ text: reply.content });
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function renamedDestructure(req: Request) {
  const { recipe: savedRecipe, topic } = await req.json();
  // llmsafe-expect: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(savedRecipe);
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({ topic }) });
}

export async function nestedTemplateStyle(req: Request) {
  const { style, topic } = await req.json();
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", SYSTEM],
    // llmsafe-expect: prompt-template-injection
    ["human", `Write about {topic}. ${`Style notes: ${style}`}`],
  ]);
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({ topic }) });
}

export async function joinedLines(req: Request) {
  const body = await req.json();
  const prompt = PromptTemplate.fromTemplate(
    // llmsafe-expect: prompt-template-injection
    (body.lines as string[]).map((l) => l.trim()).join("\n"),
  );
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({ topic: body.topic }) });
}

export async function optionalChainToString(req: Request) {
  const body = await req.json();
  const templateText = body.recipe?.template?.toString().trim() ?? TEMPLATES.tweet;
  // llmsafe-expect: prompt-template-injection
  const prompt = ChatPromptTemplate.fromTemplate(templateText);
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({ topic: body.topic }) });
}

export async function viaThen(req: Request) {
  const prompt = await req
    .json()
    // llmsafe-expect: prompt-template-injection
    .then((b: { template: string }) => PromptTemplate.fromTemplate(String(b.template)));
  return Response.json({ text: await prompt.pipe(model).pipe(parser).invoke({}) });
}
