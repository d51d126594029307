// node-telegram-bot-api: a recipe bot, polling.
const TelegramBot = require("node-telegram-bot-api");
const { GoogleGenAI } = require("@google/genai");

const bot = new TelegramBot(process.env.TELEGRAM_TOKEN, { polling: true });
const ai = new GoogleGenAI({});
const CHEF = "You are a home cook. Suggest one recipe with a shopping list.";

bot.onText(/\/diet (.+)/, async (msg, match) => {
  const res = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: "Suggest dinner.",
    // llmsafe-expect: system-prompt-injection
    config: { systemInstruction: `${CHEF} Diet: ${match[1]}` },
  });
  bot.sendMessage(msg.chat.id, res.text);
});

bot.on("message", async (msg) => {
  const res = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    // llmsafe-expect-clean: system-prompt-injection
    contents: msg.text ?? "",
    // llmsafe-expect: system-prompt-injection
    config: { systemInstruction: `${CHEF} Cook for ${msg.from.first_name}.` },
  });
  bot.sendMessage(msg.chat.id, res.text);
});

bot.on("polling_error", async (err) => {
  const res = await ai.models.generateContent({
    model: "gemini-2.5-flash",
    contents: "Summarise the error for the operator.",
    // llmsafe-expect-clean: system-prompt-injection
    config: { systemInstruction: `You explain bot errors. Error code: ${err.code}` },
  });
  console.error(res.text);
});
