// A Slack digest bot: /digest summarises the channel, a thread shortcut summarises a thread,
// and a nightly job posts a recap. What it reads back is what other members wrote.
import { App } from "@slack/bolt";
import { WebClient } from "@slack/web-api";
import OpenAI from "openai";

const app = new App({ token: process.env.SLACK_BOT_TOKEN, signingSecret: process.env.SLACK_SIGNING_SECRET });
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
const openai = new OpenAI();
const DIGEST_RULES = "You write short, neutral digests of Slack conversations for busy colleagues.";

app.command("/digest", async ({ command, ack, client, respond }) => {
  await ack();
  const history = await client.conversations.history({ channel: command.channel_id, limit: 100 });
  const transcript = (history.messages ?? []).map((m) => `<@${m.user}>: ${m.text}`).join("\n");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // The channel id the command names picks which history is read; the history is what members wrote.
      // llmsafe-expect-clean: system-prompt-injection
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `${DIGEST_RULES}\n\nChannel so far:\n${transcript}` },
      { role: "user", content: "Summarise the channel." },
    ],
  });
  await respond(completion.choices[0].message.content ?? "");
});

app.shortcut("summarise_thread", async ({ shortcut, ack, client, respond }) => {
  await ack();
  if (shortcut.type !== "message_action") return;
  const thread = await client.conversations.replies({ channel: shortcut.channel.id, ts: shortcut.message.ts });
  const lines = (thread.messages ?? []).map((m) => m.text ?? "");
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: indirect-prompt-injection, system-prompt-injection
      { role: "system", content: DIGEST_RULES },
      // llmsafe-expect-clean: indirect-prompt-injection, system-prompt-injection
      { role: "user", content: `<thread>\n${lines.join("\n")}\n</thread>\nSummarise the thread above.` },
    ],
  });
  await respond(completion.choices[0].message.content ?? "");
});

export async function nightlyRecap(channel: string): Promise<void> {
  const since = String(Math.floor(Date.now() / 1000) - 86_400);
  const page = await slack.conversations.history({ channel, oldest: since });
  const latest = page.messages?.[0];
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `${DIGEST_RULES} Open with the latest message: "${latest?.text}".` },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "user", content: `There were ${page.messages?.length ?? 0} messages today.` },
    ],
  });
  await slack.chat.postMessage({ channel, text: completion.choices[0].message.content ?? "" });
}

export default app;
