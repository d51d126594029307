// Support bot: answers in the #help channel on Discord and on the website widget (CommonJS).
const express = require("express");
const { Client, Events, GatewayIntentBits } = require("discord.js");
const Anthropic = require("@anthropic-ai/sdk");

const anthropic = new Anthropic();
const SUPPORT_SYSTEM = "You are Acme's support bot. Answer from the public docs only.";

const discord = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
});

discord.on(Events.MessageCreate, async (message) => {
  if (message.author.bot || message.channel.name !== "help") return;

  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 512,
    // llmsafe-expect-clean: undelimited-prompt-input
    system: SUPPORT_SYSTEM,
    messages: [
      {
        role: "user",
        // llmsafe-expect: undelimited-prompt-input
        content: `Answer this customer question in under 80 words. If it is not about Acme, say so.
Question: ${message.content}`,
      },
    ],
  });
  await message.reply(msg.content[0].type === "text" ? msg.content[0].text : "Sorry, try again.");
});

discord.on(Events.MessageCreate, async (message) => {
  if (message.author.bot || !message.content.startsWith("!tldr")) return;

  const thread = message.content.replace("!tldr", "").trim();
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 256,
    system: "Summarize the text the user sends in one line.",
    // llmsafe-expect-clean: undelimited-prompt-input
    messages: [{ role: "user", content: thread }],
  });
  await message.reply(msg.content[0].type === "text" ? msg.content[0].text : "");
});

const app = express();
app.use(express.json());

app.post("/widget/ask", async (req, res) => {
  const prefix = "You are answering on the pricing page. Mention the free trial if relevant. ";
  const prompt = prefix.concat(req.body.question);
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 512,
    // llmsafe-expect: undelimited-prompt-input
    messages: [{ role: "user", content: prompt }],
  });
  res.json({ answer: msg.content });
});

app.get("/widget/search", async (req, res) => {
  const lines = ["Rewrite this search query so it matches our docs headings.", "Query:"];
  lines.push(req.query.q);
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 64,
    // llmsafe-expect: undelimited-prompt-input
    messages: [{ role: "user", content: lines.join("\n") }],
  });
  res.json({ query: msg.content });
});

app.post("/widget/feedback", async (req, res) => {
  const { comment, rating } = req.body;
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 128,
    system: "Classify the feedback the user sends as bug, feature-request or praise. Reply with one word.",
    messages: [
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: `Rating: ${parseInt(rating, 10)} of 5` },
      // llmsafe-expect-clean: undelimited-prompt-input
      { role: "user", content: comment },
    ],
  });
  res.json({ label: msg.content });
});

app.post("/widget/email", async (req, res) => {
  const { name, issue } = req.body;
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 512,
    system: SUPPORT_SYSTEM,
    messages: [
      {
        role: "user",
        content: [
          // llmsafe-expect: undelimited-prompt-input
          { type: "text", text: "Write a reply to " + name + " about this issue: " + issue },
        ],
      },
    ],
  });
  res.json({ draft: msg.content });
});

discord.login(process.env.DISCORD_BOT_TOKEN);
app.listen(3003);
