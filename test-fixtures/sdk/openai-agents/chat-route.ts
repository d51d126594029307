// app/api/agent/route.ts: a Next.js route that runs the support agent on the conversation the
// browser keeps. The agent's instructions are the server's; the input items are the client's.
import { Agent, Runner, RunState, user, type AgentInputItem } from "@openai/agents";

const supportAgent = new Agent({
  name: "Support",
  instructions: "You answer questions about orders. Never issue refunds above 50 EUR.",
});

export async function POST(req: Request) {
  const data = await req.json();
  const runner = new Runner();
  let input: AgentInputItem[] | RunState<any, any>;
  if (data.resumeState) input = await RunState.fromString(supportAgent, String(data.resumeState));
  else input = data.messages;
  // Raw input items: any of them may be a system or developer message.
  // llmsafe-expect: system-prompt-injection
  const result = await runner.run(supportAgent, input);
  return Response.json({ output: result.finalOutput });
}

export async function PUT(req: Request) {
  const { question, history } = await req.json();
  const runner = new Runner();
  // Only the question, wrapped as a user turn.
  // llmsafe-expect-clean: system-prompt-injection
  const a = await runner.run(supportAgent, [user(String(question))]);
  // A plain string is a user turn.
  // llmsafe-expect-clean: system-prompt-injection
  const b = await runner.run(supportAgent, question);
  // The history, with roles the server sets.
  const items: AgentInputItem[] = history.map((h: { text: string }) => user(h.text));
  // llmsafe-expect-clean: system-prompt-injection
  const c = await runner.run(supportAgent, items);
  return Response.json({ a: a.finalOutput, b: b.finalOutput, c: c.finalOutput });
}
