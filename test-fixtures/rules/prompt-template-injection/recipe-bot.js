// Discord bot: "!recipe <template>" runs a community prompt recipe, "!ask <question>" answers.
import { Client, Events, GatewayIntentBits } from "discord.js";
import { ChatOpenAI } from "@langchain/openai";
import {
  ChatPromptTemplate,
  HumanMessagePromptTemplate,
  PromptTemplate,
} from "@langchain/core/prompts";

const SERVER_NAME = "Acme Community";
const model = new ChatOpenAI({ model: "gpt-4o-mini" });
const client = new Client({
  intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
});

const ASK_PROMPT = ChatPromptTemplate.fromMessages([
  ["system", "You answer questions about the Acme Discord server. Be brief."],
  // llmsafe-expect-clean: prompt-template-injection
  HumanMessagePromptTemplate.fromTemplate("{question}"),
]);

client.on(Events.MessageCreate, async (message) => {
  if (message.author.bot) return;

  if (message.content.startsWith("!recipe ")) {
    const recipe = message.content.slice("!recipe ".length);
    // llmsafe-expect: prompt-template-injection
    const prompt = PromptTemplate.fromTemplate(recipe);
    const reply = await prompt.pipe(model).invoke({ server: SERVER_NAME });
    await message.reply(String(reply.content));
    return;
  }

  if (message.content.startsWith("!ask ")) {
    const question = message.content.slice("!ask ".length);
    const reply = await ASK_PROMPT.pipe(model).invoke({
      // llmsafe-expect-clean: prompt-template-injection
      question,
    });
    await message.reply(String(reply.content));
  }
});

client.on(Events.InteractionCreate, async (interaction) => {
  if (!interaction.isChatInputCommand() || interaction.commandName !== "remix") return;
  const style = interaction.options.getString("style", true);
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", "You rewrite the last announcement of this server."],
    // llmsafe-expect: prompt-template-injection
    ["human", `Rewrite it in the style of ${style}: {announcement}`],
  ]);
  const reply = await prompt.pipe(model).invoke({ announcement: "Server maintenance on Friday at 18:00 UTC." });
  await interaction.reply(String(reply.content));
});

client.login(process.env.DISCORD_BOT_TOKEN);
