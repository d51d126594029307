// A Slack assistant on Bolt: answers mentions, DMs and /ask, with a per-channel persona.
import { App } from "@slack/bolt";
import Anthropic from "@anthropic-ai/sdk";

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const anthropic = new Anthropic();
const BASE = "You are Helpdesk, the IT assistant of Acme. Answer in two short paragraphs.";

app.message(async ({ message, say, context }) => {
  if (message.subtype || !("text" in message)) return;
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect-clean: system-prompt-injection
    system: `${BASE} You are talking as <@${context.botUserId}>.`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: message.text ?? "" }],
  });
  await say(reply.content[0].type === "text" ? reply.content[0].text : "");
});

// "persona: pirate" in a message sets the tone of the answer.
app.message(/^persona: (.+)$/, async ({ context, say }) => {
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 400,
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} Speak like ${context.matches[1]}.`,
    messages: [{ role: "user", content: "Introduce yourself." }],
  });
  await say(reply.content[0].type === "text" ? reply.content[0].text : "");
});

app.command("/ask", async ({ command, ack, respond }) => {
  await ack();
  const [topic, ...rest] = command.text.split("|");
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} The question is about ${topic}.`,
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: rest.join("|") }],
  });
  await respond(reply.content[0].type === "text" ? reply.content[0].text : "");
});

app.event("app_mention", async ({ event, say }) => {
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} Mentioned by ${event.user} who says: ${event.text}`,
    messages: [{ role: "user", content: "Answer the mention." }],
  });
  await say({ text: reply.content[0].type === "text" ? reply.content[0].text : "", thread_ts: event.ts });
});

app.action("regenerate", async ({ action, body, ack, client }) => {
  await ack();
  const tone = "value" in action ? action.value : "neutral";
  const reply = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 800,
    // llmsafe-expect: system-prompt-injection
    system: `${BASE} Use a ${tone} tone.`,
    messages: [{ role: "user", content: "Say that again." }],
  });
  // The channel id and the bot token are Slack's, not the clicker's text.
  await client.chat.postMessage({ channel: body.channel?.id ?? "", text: reply.content[0].type === "text" ? reply.content[0].text : "" });
});

(async () => { await app.start(Number(process.env.PORT ?? 3000)); })();
