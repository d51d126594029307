// A service that talks to the company's LLM gateway over plain fetch (an OpenAI-compatible
// endpoint on an internal host no model names), and to an unrelated quoting API.
import type { Request, Response } from "express";
import { z } from "zod";

const GATEWAY = "https://llm.internal/v1/chat";
const Verdict = z.object({ verdict: z.enum(["approve", "reject"]) });

export async function persona(req: Request, res: Response) {
  const r = await fetch(GATEWAY, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({
      model: "gateway-default",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${req.body.persona}. Stay in character.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: req.body.message },
      ],
    }),
  });
  const data = await r.json();
  // llmsafe-expect: unvalidated-llm-json
  const parsed = JSON.parse(data.choices[0].message.content);
  // llmsafe-expect-clean: unvalidated-llm-json
  const checked = Verdict.parse(JSON.parse(data.choices[0].message.content));
  res.json({ parsed, checked });
}

export async function renderAnswer(question: string, out: HTMLElement) {
  const payload = {
    model: "gateway-default",
    instructions: "Answer the question in one short paragraph of HTML.",
    input: question,
  };
  const r = await fetch(`${GATEWAY}?stream=false`, { method: "POST", body: JSON.stringify(payload) });
  const data = await r.json();
  // llmsafe-expect: llm-output-xss
  out.innerHTML = data.output_text;
}

export async function quote(req: Request, res: Response, out: HTMLElement) {
  // A car-insurance quote: `model` and `input` are product data, `system` a unit setting.
  const r = await fetch("https://quotes.example.com/api/v2/quote", {
    method: "POST",
    // llmsafe-expect-clean: system-prompt-injection
    body: JSON.stringify({ model: req.body.carModel, input: req.body.vin, system: "metric" }),
  });
  const data = await r.json();
  // llmsafe-expect-clean: llm-output-xss
  out.innerHTML = data.summary;
  res.json(data);
}

export async function printJob(req: Request, res: Response) {
  // A print service whose job has a printer model, free-text instructions and an input file: the
  // shape of an LLM request, told apart by nothing in the code (medium confidence, see docs/sdks.md).
  const r = await fetch("https://print.example.com/jobs", {
    method: "POST",
    body: JSON.stringify({
      model: req.body.printerModel,
      // llmsafe-known-false-alarm: system-prompt-injection
      instructions: req.body.notes,
      input: req.body.fileUrl,
    }),
  });
  res.json(await r.json());
}
