// Message builders for a tutoring bot: the route builds the messages, a queue worker sends them later,
// so the call that sends them is not in this file.
import express from "express";
import { HumanMessage, SystemMessage } from "@langchain/core/messages";

const app = express();
app.use(express.json());
const pending: SystemMessage[] = [];

const STYLES: Record<string, string> = { socratic: "Answer with guiding questions.", direct: "Answer directly." };

app.post("/tutor/session", (req, res) => {
  const { subject, style, question } = req.body;
  // llmsafe-expect: system-prompt-injection
  pending.push(new SystemMessage(`You tutor ${subject} for a school.`));
  pending.push(new SystemMessage({
    // llmsafe-expect: system-prompt-injection
    content: "Tutor the student in " + subject,
  }));
  // Only our own text, picked by the request.
  // llmsafe-expect-clean: system-prompt-injection
  pending.push(new SystemMessage(STYLES[style === "direct" ? "direct" : "socratic"]));
  // The student's question is a human turn: what it is for.
  // llmsafe-expect-clean: system-prompt-injection
  const turn = new HumanMessage(question);
  res.json({ queued: pending.length, turn: turn.content });
});

export function sessionMessages() {
  return pending;
}
