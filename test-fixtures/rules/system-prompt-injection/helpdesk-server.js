// Helpdesk widget backend: Express for HTTP, Socket.IO for the live chat (CommonJS).
const http = require("node:http");
const express = require("express");
const cookieParser = require("cookie-parser");
const { Server } = require("socket.io");
const OpenAI = require("openai");
const Anthropic = require("@anthropic-ai/sdk");

const app = express();
app.use(express.json());
app.use(cookieParser());

const openai = new OpenAI();
const anthropic = new Anthropic();

const ALLOWED_STYLES = ["short", "detailed", "bullet-points"];
const HELPDESK_RULES = "You answer questions about the Acme helpdesk. Refuse anything else.";

app.post("/api/ask", async (req, res) => {
  const { style, question } = req.body;
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: system-prompt-injection
    instructions: `${HELPDESK_RULES} Use a ${style} answer style.`,
    // llmsafe-expect-clean: system-prompt-injection
    input: question,
  });
  res.json({ answer: response.output_text });
});

app.post("/api/ask/v2", async (req, res) => {
  const { style, question } = req.body;
  if (!ALLOWED_STYLES.includes(style)) {
    return res.status(400).json({ error: "unknown style" });
  }
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: `${HELPDESK_RULES} Use a ${style} answer style.`,
    input: question,
  });
  res.json({ answer: response.output_text });
});

app.get("/api/greeting/:team", async (req, res) => {
  let systemPrompt = "You write a one-line greeting for visitors of the ";
  systemPrompt += req.params.team;
  systemPrompt += " team page.";

  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 200,
    // llmsafe-expect: system-prompt-injection
    system: systemPrompt,
    messages: [{ role: "user", content: "Write the greeting." }],
  });
  const first = msg.content[0];
  res.json({ greeting: first.type === "text" ? first.text : "" });
});

app.post("/api/grade", async (req, res) => {
  const rubric = req.query.rubric;
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: [
      // llmsafe-expect-clean: system-prompt-injection
      { type: "text", text: HELPDESK_RULES, cache_control: { type: "ephemeral" } },
      {
        type: "text",
        // llmsafe-expect: system-prompt-injection
        text: "Grade the agent's reply with this rubric: " + rubric,
      },
    ],
    // llmsafe-expect-clean: system-prompt-injection
    messages: [{ role: "user", content: req.body.reply }],
  });
  res.json({ grade: msg.content });
});

app.post("/api/chat", async (req, res) => {
  const nickname = req.cookies.nickname || "there";
  const agentRole = req.get("x-agent-role");

  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: "Address the customer as " + nickname + "." },
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `You are acting as: ${agentRole}` },
      { role: "user", content: req.body.message },
    ],
  });
  res.json({ reply: completion.choices[0].message.content });
});

const server = http.createServer(app);
const io = new Server(server);

io.on("connection", (socket) => {
  socket.on("chat", async ({ persona, text }) => {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `${HELPDESK_RULES} Roleplay as ${persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: text },
      ],
    });
    socket.emit("reply", completion.choices[0].message.content);
  });

  socket.on("chat:preset", async ({ persona, text }) => {
    let system = HELPDESK_RULES;
    if (persona === "pirate") {
      system = `${HELPDESK_RULES} Talk like a ${persona}.`;
    }
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect-clean: system-prompt-injection
        { role: "system", content: system },
        { role: "user", content: text },
      ],
    });
    socket.emit("reply", completion.choices[0].message.content);
  });
});

server.listen(3000);
