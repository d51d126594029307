// A discord.js helper bot: answers in a channel, /persona and /ask slash commands.
import { Client, Events, GatewayIntentBits } from "discord.js";
import { createOpenAI } from "@ai-sdk/openai";
import { streamText, generateText } from "ai";

const client = new Client({ intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent] });
const provider = createOpenAI({ apiKey: process.env.OPENAI_API_KEY });
const HOUSE_RULES = "You are the moderator bot of this server. Be brief and friendly.";

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot || !message.mentions.has(client.user!)) return;
  const result = streamText({
    model: provider("gpt-4.1-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${HOUSE_RULES} This is the #${message.channel.isDMBased() ? "dm" : message.channel.name} channel of ${message.guild?.name}.`,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: message.cleanContent,
  });
  await message.reply(await result.text);
});

client.on("messageCreate", async (message) => {
  if (!message.content.startsWith("!whoami")) return;
  const { text } = await generateText({
    model: provider("gpt-4.1-mini"),
    // The bot's own account is Discord's, not the author's.
    // llmsafe-expect-clean: system-prompt-injection
    system: `${HOUSE_RULES} Your name is ${message.client.user.username}.`,
    prompt: "Introduce yourself.",
  });
  await message.channel.send(text);
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand()) return;
  if (interaction.commandName === "persona") {
    const persona = interaction.options.getString("persona", true);
    const { text } = await generateText({
      model: provider("gpt-4.1-mini"),
      // llmsafe-expect: system-prompt-injection
      system: `${HOUSE_RULES} Play ${persona}.`,
      prompt: "Greet the channel.",
    });
    await interaction.reply(text);
  } else if (interaction.commandName === "ask") {
    await interaction.deferReply();
    const { text } = await generateText({
      model: provider("gpt-4.1-mini"),
      // llmsafe-expect-clean: system-prompt-injection
      system: HOUSE_RULES,
      // llmsafe-expect-clean: system-prompt-injection
      prompt: interaction.options.getString("question") ?? "",
    });
    await interaction.editReply(text);
  }
});

client.login(process.env.DISCORD_TOKEN);
