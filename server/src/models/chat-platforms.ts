// Chat platforms and mail: where a message someone wrote enters a bot (Slack Bolt, Telegram through
// telegraf, grammY and node-telegram-bot-api, discord.js) and where a parsed email does (mailparser).
//
// Taint kinds (docs/sdks.md, "Chat platforms and email"):
// - A chat message is *untrusted input*: the bot answers whoever writes to it (any member of the
//   workspace or server, anyone who finds the Telegram bot), so the author plays the role of a
//   request's sender. Their text reaching an instruction channel is system-prompt-injection.
// - A parsed email is *external content*: the app reads mail it did not ask for, from anyone who
//   knows the address, as material for the model (summaries, triage, replies). Its text reaching an
//   instruction channel is indirect-prompt-injection, as for fetched pages and retrieved documents.
// - Messages the bot reads back through the platform's API (Slack's channel history and thread
//   replies) are *external content*: other people wrote them, not whoever triggered the bot.
//
// `senderFields`: the handler's argument is the platform's context object, and only these fields
// carry what the sender wrote or controls (the message, the command text, the author's name, the
// regex match on the text). The rest is the platform's: the API client, reply functions, the
// bot's own identity (`ctx.me`, `message.client.user`), tokens.
import type { Model } from "../engine/model";

/** Bolt's listener arguments ({ message, say, ack, client, context, ... }). */
const SLACK_ARGS = ["message", "event", "command", "action", "body", "payload", "shortcut", "view", "options", "context.matches"];
/** telegraf's and grammY's `ctx`: the update and what the sender wrote in it. */
const TELEGRAM_CTX = [
  "message", "editedMessage", "channelPost", "editedChannelPost", "businessMessage", "editedBusinessMessage",
  "update", "msg", "text", "match", "payload", "args", "entities", "from", "chat", "senderChat",
  "callbackQuery", "inlineQuery", "chosenInlineResult", "poll", "pollAnswer", "webAppData",
];
/** discord.js `Message`: its text, author, attachments, and where it was posted (names chosen by users). */
const DISCORD_MESSAGE = ["content", "cleanContent", "author", "member", "mentions", "attachments", "embeds", "reference", "channel", "guild", "thread", "poll", "stickers", "components", "fetch", "fetchReference"];
/** discord.js interactions: slash-command options, modal fields, select values, the message a context menu targets. */
const DISCORD_INTERACTION = ["options", "fields", "values", "message", "targetMessage", "targetUser", "targetMember", "user", "member", "channel", "guild"];
/** node-telegram-bot-api events whose argument is what a user sent (not `polling_error`, `webhook_error`). */
const TELEGRAM_API_EVENTS = [
  "message", "text", "edited_message", "channel_post", "edited_channel_post", "callback_query", "inline_query",
  "chosen_inline_result", "photo", "document", "voice", "audio", "video", "sticker", "location", "contact", "poll", "web_app_data",
];

export const chatPlatformsModel: Model = {
  name: "chat platforms and email",
  rows: [
    // Slack Bolt: app.message(...), app.command("/ask", ...), app.event("app_mention", ...), app.action(...).
    {
      kind: "handler", handler: "last", params: ["untrusted"], senderFields: { 0: SLACK_ARGS },
      callee: ["@slack/bolt:App().{message,event,command,action,shortcut,view,options,use}", "?:{app,bolt,slackApp}.{message,command}"],
    },
    // Slack's Web API: `conversations.history` / `.replies` return other members' messages (`messages[].text`).
    {
      kind: "source", taint: "external", label: "other members' messages",
      callee: ["{@slack/web-api,@slack/bolt}:WebClient().conversations.{history,replies}", "@slack/bolt:App().client.conversations.{history,replies}", "?:{client,slack,slackClient,web,webClient}.conversations.{history,replies}"],
    },
    // telegraf (bot.on(message("text")), bot.command, bot.hears, bot.action) and grammY (bot.on("message:text"), composers).
    {
      kind: "handler", handler: "last", params: ["untrusted"], senderFields: { 0: TELEGRAM_CTX },
      callee: [
        "telegraf:{Telegraf,Composer}()**.{on,hears,command,start,help,action,use,mention,hashtag,inlineQuery}",
        "grammy:{Bot,Composer}()**.{on,hears,command,callbackQuery,inlineQuery,use,reaction,filter}",
        "?:bot.{hears,command}",
      ],
    },
    // node-telegram-bot-api: the message object itself, and onText's regex match on its text.
    { kind: "handler", callee: "node-telegram-bot-api:().{on,once}", handler: "last", params: ["untrusted"], events: TELEGRAM_API_EVENTS },
    { kind: "handler", callee: "node-telegram-bot-api:().onText", handler: "last", params: ["untrusted", "untrusted"] },
    // discord.js: client.on(Events.MessageCreate, (message) => ...), messageUpdate's old and new message, interactions.
    { kind: "handler", callee: "discord.js:Client().{on,once}", handler: "last", params: ["untrusted", "untrusted"], events: ["messageCreate", "messageUpdate"], senderFields: { 0: DISCORD_MESSAGE, 1: DISCORD_MESSAGE } },
    { kind: "handler", callee: "discord.js:Client().{on,once}", handler: "last", params: ["untrusted"], events: ["interactionCreate"], senderFields: { 0: DISCORD_INTERACTION } },
    // A bot client the analysis cannot trace to its package (a parameter, another file): its message events, whole.
    { kind: "handler", callee: "?:{bot,client,discord}.{on,once}", handler: "last", params: ["untrusted"], events: ["messageCreate", "interactionCreate", "message", "text"] },
    // mailparser: a parsed email (text, html, subject, from, attachments) is external content.
    { kind: "source", callee: "mailparser:simpleParser", taint: "external" },
    { kind: "handler", callee: "mailparser:MailParser().{on,once}", handler: "last", params: ["external"], events: ["data", "headers"] },
  ],
};
