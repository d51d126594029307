// Google Cloud Functions (Functions Framework): an HTTP function is `(req, res)`, whatever the names.
import * as functions from "@google-cloud/functions-framework";
import OpenAI from "openai";

const openai = new OpenAI();

functions.http("assistant", async (request, response) => {
  const { persona, question } = request.body;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are ${persona}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: question },
    ],
  });
  response.json({ answer: completion.choices[0].message.content });
});

// A CloudEvent function (Pub/Sub): the message is the app's own queue, not a client's request.
functions.cloudEvent("nightly", async (event) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: "Write the nightly summary." },
      { role: "user", content: JSON.stringify(event.id) },
    ],
  });
  return completion.choices[0].message.content;
});
