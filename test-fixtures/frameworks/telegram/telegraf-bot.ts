// A Telegram study buddy on telegraf: /tutor sets the subject, plain text is the question.
import { Telegraf } from "telegraf";
import { message } from "telegraf/filters";
import OpenAI from "openai";

const bot = new Telegraf(process.env.BOT_TOKEN!);
const openai = new OpenAI();
const RULES = "You are a patient tutor. Explain step by step and never give the final answer outright.";

bot.command("tutor", async (ctx) => {
  const subject = ctx.payload || "maths";
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: system-prompt-injection
    instructions: `${RULES} The subject is ${subject}.`,
    input: "Say hello and ask for the first question.",
  });
  await ctx.reply(res.output_text);
});

bot.hears(/^translate to (\w+): (.+)$/i, async (ctx) => {
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `Translate everything into ${ctx.match[1]}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: ctx.match[2] },
    ],
  });
  await ctx.reply(res.choices[0].message.content ?? "");
});

bot.on(message("text"), async (ctx) => {
  const name = ctx.from.first_name;
  const res = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${RULES} The student is called ${name}.` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: ctx.message.text },
    ],
  });
  await ctx.reply(res.choices[0].message.content ?? "");
});

bot.on("callback_query", async (ctx) => {
  // The bot's own name and the chat id are Telegram's, not the sender's text.
  const res = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: `${RULES} You are @${ctx.botInfo.username}.`,
    // llmsafe-expect-clean: system-prompt-injection
    input: JSON.stringify(ctx.callbackQuery),
  });
  await ctx.telegram.sendMessage(ctx.chat!.id, res.output_text);
});

bot.launch();
