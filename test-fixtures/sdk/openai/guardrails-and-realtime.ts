// app/api/voice/route.ts: the voice assistant (Realtime sessions) and the guarded text fallback.
import { GuardrailAgent, GuardrailsOpenAI } from "@openai/guardrails";
import OpenAI from "openai";
import guardrailsConfig from "./guardrails.json";

const openai = new OpenAI();
const VOICE_RULES = "You are Acme's phone concierge. Keep answers short and never read out card numbers.";

export async function POST(req: Request) {
  const { callerName, accent } = await req.json();
  const session = await openai.beta.realtime.sessions.create({
    model: "gpt-4o-realtime-preview",
    // llmsafe-expect: system-prompt-injection
    instructions: `${VOICE_RULES} Greet ${callerName} and speak with a ${accent} accent.`,
  });
  return Response.json({ token: session.client_secret.value });
}

export async function GET() {
  const secret = await openai.realtime.clientSecrets.create({
    // llmsafe-expect-clean: system-prompt-injection
    session: { type: "realtime", model: "gpt-realtime", instructions: VOICE_RULES },
  });
  return Response.json({ token: secret.value });
}

export async function PUT(req: Request) {
  const { question, style } = await req.json();
  const guarded = await GuardrailsOpenAI.create(guardrailsConfig);
  const res = await guarded.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: system-prompt-injection
    instructions: `${VOICE_RULES} Style: ${style}`,
    // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
    input: question,
  });
  return Response.json({ text: res.output_text });
}

export async function PATCH(req: Request) {
  const { rules } = await req.json();
  // llmsafe-expect: system-prompt-injection
  const agent = await GuardrailAgent.create(guardrailsConfig, "Concierge", rules);
  return Response.json({ name: agent.name });
}
