// Dev server for browser demos: serves the static pages, and the page asks it for the Gemini key
// so the browser can build its own client. No LLM SDK on this side.
import http from "node:http";
import fs from "node:fs";
import express from "express";

const GEMINI_API_KEY = process.env.GEMINI_API_KEY;
const SEARCH_TOKEN = process.env.SEARCH_SERVICE_TOKEN;
const PORT = process.env.PORT || 8080;

http
  .createServer((req, res) => {
    if (req.url === "/gemini-key") {
      // llmsafe-expect: client-exposed-api-key
      res.end(GEMINI_API_KEY);
      return;
    }
    if (req.url === "/key-status") {
      // Only the last four characters: enough to tell keys apart, useless to spend.
      // llmsafe-expect-clean: client-exposed-api-key
      res.end(`key ending in ${GEMINI_API_KEY.slice(-4)}`);
      return;
    }
    res.end(fs.readFileSync("index.html"));
  })
  .listen(PORT);

const app = express();

app.get("/api/config", (req, res) => {
  // llmsafe-expect: client-exposed-api-key
  res.status(200).json({ model: "gemini-1.5-flash", apiKey: process.env.GEMINI_API_KEY });
});

app.get("/api/search", async (req, res) => {
  // The token goes to the search service from the server; only its results reach the caller.
  const upstream = await fetch("https://search.example.com/v1/query", {
    headers: { Authorization: `Bearer ${SEARCH_TOKEN}` },
  });
  const results = await upstream.json();
  // llmsafe-expect-clean: client-exposed-api-key
  res.json({ results });
});

app.get("/api/health", (req, res) => {
  // Whether a key is set, not the key.
  // llmsafe-expect-clean: client-exposed-api-key
  res.json({ geminiConfigured: Boolean(GEMINI_API_KEY), port: PORT });
});

app.listen(3000);
