// jobs/agent.js: the ops agent on LangChain's classic AgentExecutor, plus a Bedrock chat model (CommonJS).
const { AgentExecutor, createToolCallingAgent } = require("langchain/agents");
const { LLMChain } = require("langchain/chains");
const { BedrockChat } = require("@langchain/community/chat_models/bedrock");
const { ChatPromptTemplate, PromptTemplate } = require("@langchain/core/prompts");
const express = require("express");

const app = express();
app.use(express.json());
const llm = new BedrockChat({ model: "anthropic.claude-3-haiku-20240307-v1:0", region: "us-east-1" });

app.post("/agent", async (req, res) => {
  const prompt = ChatPromptTemplate.fromMessages([["system", "You are the ops agent."], ["human", "{input}"], ["placeholder", "{agent_scratchpad}"]]);
  const agent = createToolCallingAgent({ llm, tools: [], prompt });
  const executor = new AgentExecutor({ agent, tools: [] });
  // llmsafe-expect-clean: system-prompt-injection, undelimited-prompt-input
  const out = await executor.invoke({ input: req.body.question });
  res.json(out);
});

app.post("/chain", async (req, res) => {
  const chain = new LLMChain({ llm, prompt: PromptTemplate.fromTemplate("Answer briefly: {input}") });
  // llmsafe-expect: undelimited-prompt-input
  const out = await chain.invoke({ input: "Explain the alert to the on-call engineer: " + req.body.question });
  res.json(out);
});

app.post("/direct", async (req, res) => {
  const reply = await llm.invoke([
    // llmsafe-expect: system-prompt-injection
    ["system", `You are the ops agent for ${req.body.team}.`],
    ["human", req.body.question],
  ]);
  res.json({ text: reply.content });
});

module.exports = app;
