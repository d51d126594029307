// functions/sms-reply.js: a Twilio Function (Twilio's serverless runtime) answering SMS with a model.
const OpenAI = require("openai");

const RULES = "You are the Acme pharmacy's SMS assistant. Never give dosage advice.";

exports.handler = async function (context, event, callback) {
  const openai = new OpenAI({ apiKey: context.OPENAI_API_KEY });
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${RULES} The customer's preferred language: ${event.Language}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: event.Body },
      // The service's own configuration, not the caller's.
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Store hours: ${context.STORE_HOURS}` },
    ],
  });
  const twiml = new Twilio.twiml.MessagingResponse();
  twiml.message(completion.choices[0].message.content ?? "");
  callback(null, twiml);
};
