// src/server.ts: an Express app that renders model answers as HTML pages (and a JSON API beside them).
import DOMPurify from "isomorphic-dompurify";
import express from "express";
import { marked } from "marked";
import OpenAI from "openai";

const openai = new OpenAI();
const app = express();
app.use(express.json());

async function draft(topic: string): Promise<string> {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Write a short article in Markdown." },
      { role: "user", content: topic },
    ],
  });
  return completion.choices[0].message.content ?? "";
}

app.get("/article", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  // llmsafe-expect: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  res.type("html").send(`<!doctype html><article>${marked.parse(text)}</article>`);
});

app.get("/article/raw", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  res.setHeader("Content-Type", "text/html; charset=utf-8");
  // llmsafe-expect: llm-output-xss
  res.end(`<html><body>${text}</body></html>`);
});

app.get("/article/v2", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  res.set({ "Content-Type": "text/html" });
  // llmsafe-expect: llm-output-xss
  res.status(200).send(text);
});

app.get("/article/safe", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  // llmsafe-expect-clean: llm-output-xss
  // llmsafe-expect: markdown-exfiltration
  res.type("html").send(`<article>${DOMPurify.sanitize(marked.parse(text) as string)}</article>`);
});

app.get("/article.txt", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  // llmsafe-expect-clean: llm-output-xss
  res.type("text/plain").send(text);
});

app.get("/api/article", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  // llmsafe-expect-clean: llm-output-xss
  res.json({ text });
});

app.get("/api/article/v2", async (req, res) => {
  const text = await draft(String(req.query.topic ?? "llamas"));
  res.setHeader("Content-Type", "application/json");
  // llmsafe-expect-clean: llm-output-xss
  res.end(JSON.stringify({ text }));
});

app.listen(3000);
