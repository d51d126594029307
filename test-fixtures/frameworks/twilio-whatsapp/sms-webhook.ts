// Twilio SMS / WhatsApp webhook on Express: the reply goes back as TwiML.
import express from "express";
import twilio from "twilio";
import OpenAI from "openai";

const app = express();
app.use(express.urlencoded({ extended: false }));
const openai = new OpenAI();
const { MessagingResponse } = twilio.twiml;
const AGENT = "You are the booking assistant of Casa Rosa. Only talk about table reservations.";

// twilio.webhook() checks Twilio's signature: the request is from Twilio, but its Body is still whatever the texter wrote.
app.post("/sms", twilio.webhook(), async (req, res) => {
  const from = req.body.From;
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${AGENT} The guest's profile name is ${req.body.ProfileName}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: req.body.Body },
    ],
    user: from,
  });
  const twiml = new MessagingResponse();
  twiml.message(completion.choices[0].message.content ?? "Sorry, try again.");
  res.type("text/xml").send(twiml.toString());
});

app.post("/voice-language", twilio.webhook(), async (req, res) => {
  const language = req.body.SpeechResult === "Spanish" ? "Spanish" : "English";
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `${AGENT} Answer in ${language}.` },
      { role: "user", content: "Greet the caller." },
    ],
  });
  const twiml = new twilio.twiml.VoiceResponse();
  twiml.say(completion.choices[0].message.content ?? "");
  res.type("text/xml").send(twiml.toString());
});

app.listen(3000);
