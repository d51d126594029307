// lookalikes/indirect-prompt-injection.ts: third-party content near instruction channels.
import OpenAI from "openai";
import { GoogleGenAI } from "@google/genai";
import { Agent, run } from "@openai/agents";
import { generateText } from "ai";
import { openai as openaiProvider } from "@ai-sdk/openai";
import { readFile } from "node:fs/promises";
import { loadPartnerPolicy, partnerPolicyIsLive } from "./lib/page-cache";
import { describeCount } from "./lib/prompt-kit";

const openai = new OpenAI();
const genai = new GoogleGenAI({});
const RULES = "You are the Acme shopping assistant. Only recommend products from our catalog.";
const REGIONS = ["eu", "us", "apac"];

type Doc = { pageContent: string; metadata: { source: string } };
declare const vectorStore: { similaritySearch(q: string, k: number): Promise<Doc[]> };

// ---- look dangerous, are safe -------------------------------------------------------------

export async function reviewsAsUserData(question: string) {
  const reviews = await (await fetch("https://reviews.example-partner.com/api/latest")).text();
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `${RULES} Customer reviews are in the <reviews> block of the user message.` },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", content: `<reviews>\n${reviews}\n</reviews>\n\n${question}` },
    ],
  });
  return completion.choices[0].message.content;
}

export async function onlyTheSize(uploadPath: string, question: string) {
  const contract = await readFile(uploadPath);
  const response = await openai.responses.create({
    model: "gpt-4.1",
    // The length, in hex: a number, whatever the file says.
    // llmsafe-expect-clean: indirect-prompt-injection
    instructions: `You review contracts. The contract is 0x${contract.length.toString(16)} bytes long.`,
    input: question,
  });
  return response.output_text;
}

export async function onlyTheCount(question: string) {
  const docs = await vectorStore.similaritySearch(question, 8);
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `${RULES} ${describeCount(docs.length)}`,
    prompt: question,
  });
  return text;
}

export async function onlyTheStatus(question: string) {
  const live = await partnerPolicyIsLive();
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect-clean: indirect-prompt-injection
    system: `${RULES} The partner returns policy is ${live ? "available" : "temporarily unavailable"}.`,
    prompt: question,
  });
  return text;
}

export async function regionFromAllowList(question: string) {
  const geo = await (await fetch("https://geo.example-cdn.com/json")).json();
  const region = REGIONS.includes(geo.region) ? geo.region : "eu";
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: indirect-prompt-injection
    instructions: `${RULES} The shopper is in the ${region} region.`,
    input: question,
  });
  return response.output_text;
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function regionCheckedCountryUsed(question: string) {
  const geo = await (await fetch("https://geo.example-cdn.com/json")).json();
  // The check is on geo.region; geo.country is whatever the geo service returned.
  const where = REGIONS.includes(geo.region) ? geo.country : "unknown";
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: indirect-prompt-injection
    instructions: `${RULES} The shopper is in ${where}.`,
    input: question,
  });
  return response.output_text;
}

export async function regionCheckedOnlyInBranch(question: string) {
  const geo = await (await fetch("https://geo.example-cdn.com/json")).json();
  let note = "";
  if (REGIONS.includes(geo.region)) note = `Ship from the ${geo.region} warehouse.`;
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // The allow-list held only inside the if: here geo.region is unchecked again.
    // llmsafe-expect: indirect-prompt-injection
    instructions: `${RULES} ${note} The shopper's region code is ${geo.region}.`,
    input: question,
  });
  return response.output_text;
}

export async function viaThen(question: string) {
  const notes = await fetch("https://wiki.example-partner.com/raw/assistant-notes.md").then((r) => r.text());
  const response = await genai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: question,
    // llmsafe-expect: indirect-prompt-injection
    config: { systemInstruction: `${RULES}\nPartner notes:\n${notes}` },
  });
  return response.text;
}

export async function retrievedJoined(question: string) {
  const docs = await vectorStore.similaritySearch(question, 4);
  const agent = new Agent({
    name: "Shopping assistant",
    // llmsafe-expect: indirect-prompt-injection
    instructions: `${RULES}\n${docs.map((d) => `[${d.metadata.source}] ${d.pageContent}`).join("\n")}`,
  });
  return (await run(agent, question)).finalOutput;
}

export async function optionalChainFirstDoc(question: string) {
  const docs = await vectorStore.similaritySearch(question, 1);
  const top = docs[0]?.pageContent ?? "No matching article.";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "developer", content: `${RULES}\nMost relevant article: ${top}` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function helperInOtherFile(question: string) {
  const policy = await loadPartnerPolicy();
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: indirect-prompt-injection
    system: `${RULES}\nReturns policy:\n${policy}`,
    prompt: question,
  });
  return text;
}

export async function uploadedFile(uploadPath: string, question: string) {
  const contract = (await readFile(uploadPath)).toString("utf8");
  const response = await openai.responses.create({
    model: "gpt-4.1",
    // llmsafe-expect: indirect-prompt-injection
    instructions: `You review contracts. The contract under review:\n${String(contract).trim()}`,
    input: question,
  });
  return response.output_text;
}

class PolicyCache {
  private text = "";
  async refresh() {
    this.text = await (await fetch("https://partner.example.net/policies/shipping.md")).text();
  }
  async answer(question: string) {
    const { text } = await generateText({
      model: openaiProvider("gpt-4o-mini"),
      // llmsafe-expect: indirect-prompt-injection
      system: `${RULES}\nShipping policy:\n${this.text}`,
      prompt: question,
    });
    return text;
  }
}
export const policyCache = new PolicyCache();
