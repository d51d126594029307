// On-call assistant behind the #ops channel webhook (Express, CommonJS).
const express = require("express");
const Anthropic = require("@anthropic-ai/sdk");

const app = express();
app.use(express.json());
const anthropic = new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY });

const apiToken = process.env.PAGERDUTY_API_TOKEN;
const smtp = {
  username: process.env.SMTP_USER,
  password: process.env.SMTP_PASSWORD,
  host: "smtp.example.com",
};
const OPS_RULES = "You help the on-call engineer. Be precise and suggest commands they can copy.";

app.post("/ops/ask", async (req, res) => {
  // llmsafe-expect-clean: secret-in-prompt
  if (req.get("x-ops-signature") !== process.env.OPS_WEBHOOK_SECRET) {
    return res.sendStatus(401);
  }

  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    // llmsafe-expect: secret-in-prompt
    system: OPS_RULES + "\nWhen you write curl commands for PagerDuty, use: -H 'Authorization: Token token=" + apiToken + "'",
    messages: [{ role: "user", content: req.body.text }],
  });
  res.json({ reply: msg.content });
});

app.post("/ops/prs", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 1024,
    system: OPS_RULES,
    messages: [
      // llmsafe-expect: secret-in-prompt
      { role: "user", content: "List the open PRs of acme/api. Use this token if you need one: " + process.env.GITHUB_TOKEN },
    ],
  });
  res.json({ reply: msg.content });
});

app.post("/ops/mail-check", async (req, res) => {
  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 512,
    system: [
      { type: "text", text: OPS_RULES },
      // llmsafe-expect-clean: secret-in-prompt
      { type: "text", text: `Outgoing mail goes through ${smtp.host} as ${smtp.username}.` },
      // llmsafe-expect: secret-in-prompt
      { type: "text", text: `SMTP settings: ${JSON.stringify(smtp)}` },
    ],
    messages: [{ role: "user", content: req.body.text }],
  });
  res.json({ reply: msg.content });
});

app.post("/ops/acknowledge", async (req, res) => {
  const incident = await fetch("https://api.pagerduty.com/incidents?statuses[]=triggered&limit=1", {
    // llmsafe-expect-clean: secret-in-prompt
    headers: { Authorization: `Token token=${apiToken}`, Accept: "application/json" },
  }).then((r) => r.json());

  const msg = await anthropic.messages.create({
    model: "claude-sonnet-4-5",
    max_tokens: 512,
    // llmsafe-expect-clean: secret-in-prompt
    system: `${OPS_RULES}\nEnvironment: ${process.env.NODE_ENV}. Region: ${process.env.AWS_REGION}.`,
    messages: [
      // llmsafe-expect-clean: secret-in-prompt
      { role: "user", content: `Summarize this incident for the channel:\n${JSON.stringify(incident.incidents[0])}` },
    ],
  });
  res.json({ reply: msg.content });
});

app.listen(3006);
