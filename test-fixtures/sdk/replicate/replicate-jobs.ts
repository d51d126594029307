// lib/replicate.ts: hosted open models on Replicate for the writing tools.
import Replicate from "replicate";
import { exec } from "node:child_process";

// llmsafe-expect-clean: hardcoded-api-key, client-exposed-api-key
const replicate = new Replicate({ auth: process.env.REPLICATE_API_TOKEN });
const EDITOR = "You are a copy editor. Fix grammar only; keep the author's voice.";

export async function POST(req: Request) {
  const { text, house_style } = await req.json();
  const output = await replicate.run("meta/meta-llama-3-70b-instruct", {
    input: {
      // llmsafe-expect: system-prompt-injection
      system_prompt: `${EDITOR} House style: ${house_style}`,
      // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
      prompt: text,
    },
  });
  return Response.json({ text: (output as string[]).join("") });
}

export async function PUT(req: Request) {
  const { text } = await req.json();
  let out = "";
  for await (const event of replicate.stream("meta/meta-llama-3-8b-instruct", {
    // llmsafe-expect-clean: system-prompt-injection
    input: { system_prompt: EDITOR, prompt: text },
  })) out += String(event);
  return Response.json({ text: out });
}

export async function PATCH(req: Request) {
  const { text } = await req.json();
  const prediction = await replicate.predictions.create({
    version: "5a6809ca6288247d06daf6365557e5e429063f32a21146b2a807c682652136b8",
    // llmsafe-expect: undelimited-prompt-input
    input: { prompt: "Rewrite the following in plain English and keep every number: " + text },
  });
  const done = await replicate.wait(prediction);
  return Response.json({ text: String(done.output) });
}

export async function lintCommand(task: string) {
  const output = await replicate.run("meta/meta-llama-3-8b-instruct", {
    input: { system_prompt: "Reply with one shell command, nothing else.", prompt: task },
  });
  // llmsafe-expect: llm-output-command-injection
  exec((output as string[]).join(""), () => {});
}
