// An OpenAI-compatible client handed in by the caller: no SDK import in this file, only the
// call's shape (`.responses.create`) says it is a model call.
import type { Request, Response } from "express";

type ResponsesClient = { responses: { create(body: unknown): Promise<{ output_text: string }> } };

export async function introduce(client: ResponsesClient, req: Request, res: Response) {
  const reply = await client.responses.create({
    // llmsafe-expect: system-prompt-injection
    instructions: `You are ${req.body.persona}. Stay in character.`,
    // llmsafe-expect-clean: system-prompt-injection
    input: req.body.question,
  });
  res.json({ text: reply.output_text });
}
