// src/routes/kb.ts: answers from a Bedrock knowledge base (Retrieve, then Converse; or RetrieveAndGenerate).
import {
  BedrockAgentRuntimeClient,
  RetrieveAndGenerateCommand,
  RetrieveCommand,
} from "@aws-sdk/client-bedrock-agent-runtime";
import { BedrockRuntimeClient, ConverseCommand } from "@aws-sdk/client-bedrock-runtime";
import express from "express";

const agentRuntime = new BedrockAgentRuntimeClient({ region: "eu-west-1" });
const runtime = new BedrockRuntimeClient({ region: "eu-west-1" });
const KB_ID = process.env.KNOWLEDGE_BASE_ID!;
const MODEL_ID = "anthropic.claude-3-5-sonnet-20240620-v1:0";
const RULES = "You answer questions about Acme's HR policies. Cite the policy you used.";
const router = express.Router();

router.post("/kb/ask", async (req, res) => {
  const question: string = req.body.question;
  const retrieval = await agentRuntime.send(
    new RetrieveCommand({
      knowledgeBaseId: KB_ID,
      retrievalQuery: { text: question },
      retrievalConfiguration: { vectorSearchConfiguration: { numberOfResults: 5 } },
    }),
  );
  const passages = (retrieval.retrievalResults ?? []).map((r) => r.content?.text ?? "").join("\n---\n");
  const out = await runtime.send(
    new ConverseCommand({
      modelId: MODEL_ID,
      system: [
        { text: RULES },
        // llmsafe-expect: indirect-prompt-injection
        { text: `Policy excerpts:\n${passages}` },
      ],
      messages: [{ role: "user", content: [{ text: question }] }],
    }),
  );
  res.json({ answer: out.output?.message?.content?.[0]?.text });
});

// The same passages as data in the user turn, delimited: the system prompt stays the developer's.
router.post("/kb/ask/v2", async (req, res) => {
  const question: string = req.body.question;
  const command = new RetrieveCommand({ knowledgeBaseId: KB_ID, retrievalQuery: { text: question } });
  const retrieval = await agentRuntime.send(command);
  const passages = (retrieval.retrievalResults ?? []).map((r) => `<doc>${r.content?.text ?? ""}</doc>`).join("\n");
  const out = await runtime.send(
    new ConverseCommand({
      modelId: MODEL_ID,
      // llmsafe-expect-clean: indirect-prompt-injection
      system: [{ text: RULES }],
      messages: [
        // llmsafe-expect-clean: indirect-prompt-injection
        { role: "user", content: [{ text: `<documents>\n${passages}\n</documents>\n\nQuestion: ${question}` }] },
      ],
    }),
  );
  res.json({ answer: out.output?.message?.content?.[0]?.text, sources: retrieval.retrievalResults?.length ?? 0 });
});

// RetrieveAndGenerate: the knowledge base answers; its citations quote the stored documents.
router.post("/kb/brief", async (req, res) => {
  const rag = await agentRuntime.send(
    new RetrieveAndGenerateCommand({
      input: { text: req.body.topic },
      retrieveAndGenerateConfiguration: {
        type: "KNOWLEDGE_BASE",
        knowledgeBaseConfiguration: { knowledgeBaseId: KB_ID, modelArn: MODEL_ID },
      },
    }),
  );
  const quoted = rag.citations?.[0]?.retrievedReferences?.[0]?.content?.text ?? "";
  const out = await runtime.send(
    new ConverseCommand({
      modelId: MODEL_ID,
      // llmsafe-expect: indirect-prompt-injection
      system: [{ text: `${RULES}\nStart from this passage: ${quoted}` }],
      messages: [{ role: "user", content: [{ text: "Write a one-paragraph brief." }] }],
    }),
  );
  res.json({ brief: out.output?.message?.content?.[0]?.text, draft: rag.output?.text });
});

export default router;
