// Support bot on Cohere's chat API; a "raw" mode for the red-team dashboard turns the guardrails off.
import { CohereClient, CohereClientV2 } from "cohere-ai";

const co = new CohereClient({ token: process.env.COHERE_API_KEY });
const co2 = new CohereClientV2({ token: process.env.COHERE_API_KEY });

const RAW_MODE = "NONE";

export async function answerTicket(question: string, redTeam: boolean) {
  const reply = await co.chat({
    model: "command-r-plus",
    preamble: "You answer billing questions for Acme.",
    message: question,
    // llmsafe-expect: disabled-safety-settings
    safetyMode: "OFF",
  });
  const checked = await co2.chat({
    model: "command-r-plus",
    messages: [{ role: "user", content: question }],
    // llmsafe-expect: disabled-safety-settings
    safetyMode: redTeam ? RAW_MODE : "CONTEXTUAL",
  });
  return { reply, checked };
}

export async function strictAnswer(question: string) {
  return co2.chat({
    model: "command-r-plus",
    messages: [{ role: "user", content: question }],
    // llmsafe-expect-clean: disabled-safety-settings
    safetyMode: "STRICT",
  });
}

export async function defaultAnswer(question: string) {
  const mode = process.env.COHERE_SAFETY ?? "CONTEXTUAL";
  return co2.chat({
    model: "command-r-plus",
    messages: [{ role: "user", content: question }],
    // llmsafe-expect-clean: disabled-safety-settings
    safetyMode: mode,
  });
}

// A feature flag of our own that happens to be called "off": not a provider setting.
// llmsafe-expect-clean: disabled-safety-settings
export const banner = { darkMode: "OFF", tone: "NONE" };
