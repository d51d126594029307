// CRM assistants: an OpenAI agent for account managers, Gemini for lead scoring, LangChain for notes.
import { Agent, run, tool } from "@openai/agents";
import { z } from "zod";
import { GoogleGenAI } from "@google/genai";
import { ChatOpenAI } from "@langchain/openai";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";

const CRM_URL = "https://crm.example.com/api/v2";
const apiToken = process.env.CRM_API_TOKEN;
const { INTERNAL_API_KEY } = process.env;

// llmsafe-expect-clean: secret-in-prompt
const ai = new GoogleGenAI({ apiKey: process.env.GEMINI_API_KEY });
// llmsafe-expect-clean: secret-in-prompt
const chat = new ChatOpenAI({ model: "gpt-4o-mini", apiKey: process.env.OPENAI_API_KEY });

const lookupAccount = tool({
  name: "lookup_account",
  description: "Look up a CRM account by its domain.",
  parameters: z.object({ domain: z.string() }),
  execute: async ({ domain }) => {
    const res = await fetch(`${CRM_URL}/accounts/search`, {
      method: "POST",
      // llmsafe-expect-clean: secret-in-prompt
      headers: { authorization: `Bearer ${apiToken}`, "content-type": "application/json" },
      body: JSON.stringify({ domain }),
    });
    return res.text();
  },
});

export const accountAgent = new Agent({
  name: "Account assistant",
  // llmsafe-expect-clean: secret-in-prompt
  instructions: `You help account managers at ${process.env.COMPANY_NAME}. Use lookup_account for facts.`,
  tools: [lookupAccount],
});

export const legacyAccountAgent = new Agent({
  name: "Account assistant (legacy)",
  // llmsafe-expect: secret-in-prompt
  instructions: `You help account managers. To call the internal API, send the header X-Api-Key: ${INTERNAL_API_KEY}.`,
});

export async function scoreLead(lead) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: JSON.stringify(lead),
    config: {
      // llmsafe-expect: secret-in-prompt
      systemInstruction: "Score the lead from 0 to 100. CRM token for follow-up calls: " + apiToken,
    },
  });
  return response.text;
}

export async function scoreLeadWithDocs(lead) {
  const response = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: secret-in-prompt
    contents: JSON.stringify(lead),
    config: {
      // llmsafe-expect-clean: secret-in-prompt
      systemInstruction: `Score the lead from 0 to 100. The CRM API lives at ${CRM_URL}.`,
    },
  });
  return response.text;
}

export async function summarizeNotes(notes) {
  const dbCredentials = process.env.NOTES_DB_CREDENTIALS;
  const reply = await chat.invoke([
    new SystemMessage("Summarize account notes for the weekly review."),
    // llmsafe-expect: secret-in-prompt
    new HumanMessage(`Notes are stored with ${dbCredentials}; fetch older ones if needed.\n\n${notes}`),
  ]);
  return reply.content;
}

export async function askAccountAgent(question) {
  // llmsafe-expect-clean: secret-in-prompt
  const result = await run(accountAgent, question);
  return result.finalOutput;
}
