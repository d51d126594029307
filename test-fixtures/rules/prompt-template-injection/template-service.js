// Template service for the marketing team's "email writer" (Express, CommonJS).
const express = require("express");
const { ChatAnthropic } = require("@langchain/anthropic");
const {
  PromptTemplate,
  ChatPromptTemplate,
  SystemMessagePromptTemplate,
  HumanMessagePromptTemplate,
} = require("@langchain/core/prompts");

const app = express();
app.use(express.json());

const model = new ChatAnthropic({ model: "claude-sonnet-4-5" });

const TEMPLATES = {
  welcome: "Write a welcome email for {customer} who just joined the {plan} plan.",
  renewal: "Write a friendly renewal reminder for {customer}; their {plan} plan ends soon.",
  winback: "Write a short win-back email for {customer}, who left the {plan} plan.",
};
const TEMPLATE_KINDS = Object.keys(TEMPLATES);

// res.locals.account is set by the session middleware from our own database.
function customerVars(res) {
  return { customer: res.locals.account.displayName, plan: res.locals.account.plan };
}

app.post("/emails/custom", async (req, res) => {
  const prompt = PromptTemplate.fromTemplate(
    // llmsafe-expect: prompt-template-injection
    req.body.promptText,
    { templateFormat: "mustache" },
  );
  const text = await prompt.format(customerVars(res));
  const reply = await model.invoke(text);
  res.json({ email: reply.content });
});

app.post("/emails/with-header", async (req, res) => {
  const template = [req.body.header, "Customer: {customer}", "Plan: {plan}"].join("\n");
  // llmsafe-expect: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(template);
  const reply = await prompt.pipe(model).invoke(customerVars(res));
  res.json({ email: reply.content });
});

app.post("/emails/house-style", async (req, res) => {
  const prompt = ChatPromptTemplate.fromMessages([
    // llmsafe-expect: prompt-template-injection
    // llmsafe-expect: system-prompt-injection
    SystemMessagePromptTemplate.fromTemplate(req.body.styleGuide),
    // llmsafe-expect-clean: prompt-template-injection
    HumanMessagePromptTemplate.fromTemplate("Write an email for {customer} on the {plan} plan."),
  ]);
  const reply = await prompt.pipe(model).invoke(customerVars(res));
  res.json({ email: reply.content });
});

app.post("/emails/signature", async (req, res) => {
  const { signature } = req.body;
  const prompt = PromptTemplate.fromTemplate(
    // llmsafe-expect: prompt-template-injection
    "Write a thank-you email for {customer}. End it with this signature:\n" + signature,
  );
  const reply = await prompt.pipe(model).invoke(customerVars(res));
  res.json({ email: reply.content });
});

app.post("/emails/default", async (req, res) => {
  const prompt = PromptTemplate.fromTemplate(
    // llmsafe-expect-clean: prompt-template-injection
    process.env.DEFAULT_EMAIL_TEMPLATE || TEMPLATES.welcome,
  );
  const reply = await prompt.pipe(model).invoke(customerVars(res));
  res.json({ email: reply.content });
});

app.post("/emails/reply", async (req, res) => {
  const prompt = ChatPromptTemplate.fromMessages([
    ["system", "You draft polite replies to customer emails. Never promise refunds."],
    ["human", "{incoming}"],
  ]);
  const reply = await prompt.pipe(model).invoke({
    // llmsafe-expect-clean: prompt-template-injection
    incoming: req.body.email,
  });
  res.json({ email: reply.content });
});

app.post("/emails/:kind", async (req, res) => {
  const { kind } = req.params;
  if (!TEMPLATE_KINDS.includes(kind)) {
    return res.status(404).json({ error: "unknown template" });
  }
  // llmsafe-expect-clean: prompt-template-injection
  const prompt = PromptTemplate.fromTemplate(TEMPLATES[kind]);
  const reply = await prompt.pipe(model).invoke(customerVars(res));
  res.json({ email: reply.content });
});

app.listen(3002);
