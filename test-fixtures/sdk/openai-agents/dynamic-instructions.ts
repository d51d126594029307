// A concierge agent whose instructions are computed per turn: the SDK calls the function before
// every run and sends whatever it returns as the agent's instructions.
import express from "express";
import { Agent, run, type RunContext } from "@openai/agents";

const app = express();
app.use(express.json());

const TONES: Record<string, string> = { formal: "Answer formally.", casual: "Answer casually." };

app.post("/concierge", async (req, res) => {
  const { persona, tone, question } = req.body;

  const flagged = new Agent({
    name: "Concierge",
    // llmsafe-expect: system-prompt-injection
    instructions: (ctx: RunContext) => `You are ${persona}, the hotel's concierge.`,
  });

  const flaggedAsync = new Agent({
    name: "Concierge (async)",
    // llmsafe-expect: system-prompt-injection
    instructions: async () => {
      const intro = "Speak like " + persona;
      return intro + ". Keep answers short.";
    },
  });

  // The request only picks one of our own instructions: nothing it sends is spliced in.
  const pickedTone = new Agent({
    name: "Concierge (tone)",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: () => TONES[tone === "casual" ? "casual" : "formal"],
  });

  // The function reads the persona but returns fixed text; the persona only goes to the log.
  const logsOnly = new Agent({
    name: "Concierge (logs)",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: async () => {
      console.log("persona requested", persona);
      return "You are the hotel's concierge.";
    },
  });

  const result = await run(flagged, question);
  await run(flaggedAsync, question);
  await run(pickedTone, question);
  await run(logsOnly, question);
  res.json({ answer: result.finalOutput });
});

app.listen(3000);
