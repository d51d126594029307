// A grammY bot that rewrites messages in a chosen style.
import { Bot, Composer } from "grammy";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

const bot = new Bot(process.env.BOT_TOKEN!);
const STYLE_GUIDE = "You rewrite messages. Keep the meaning; change only the style.";

bot.command("style", async (ctx) => {
  const { text } = await generateText({
    model: openai("gpt-4.1-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${STYLE_GUIDE} Style: ${ctx.match}.`,
    prompt: "Confirm the style in one sentence.",
  });
  await ctx.reply(text);
});

bot.on("message:text", async (ctx) => {
  const { text } = await generateText({
    model: openai("gpt-4.1-mini"),
    // llmsafe-expect-clean: system-prompt-injection
    system: `${STYLE_GUIDE} You are ${ctx.me.first_name}.`,
    // llmsafe-expect-clean: system-prompt-injection
    prompt: ctx.msg.text,
  });
  await ctx.reply(text);
});

const admin = new Composer();
admin.on("message:caption", async (ctx) => {
  const { text } = await generateText({
    model: openai("gpt-4.1-mini"),
    // llmsafe-expect: system-prompt-injection
    system: `${STYLE_GUIDE} Caption rules: ${ctx.msg.caption}`,
    prompt: "Rewrite the caption.",
  });
  await ctx.reply(text);
});

bot.use(admin);
bot.start();
