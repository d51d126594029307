// renderer.js: renderer process of the Electron note-taking app (nodeIntegration on, CommonJS).
const { ipcRenderer } = require("electron");
const OpenAI = require("openai");
const Anthropic = require("@anthropic-ai/sdk");

const BASE_OPTIONS = {
  timeout: 30_000,
  maxRetries: 1,
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
};

async function createOpenAIClient() {
  const apiKey = await ipcRenderer.invoke("settings:get-openai-key");
  return new OpenAI({ apiKey, ...BASE_OPTIONS });
}

const anthropic = new Anthropic({
  apiKey: process.env.ANTHROPIC_API_KEY,
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

async function summarizeNote(text) {
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    // llmsafe-expect: system-prompt-in-client-bundle
    system: "Summarize the note the user sends in three bullet points.",
    messages: [{ role: "user", content: text }],
  });
  return msg.content[0].type === "text" ? msg.content[0].text : "";
}

async function summarizeNoteInMainProcess(text) {
  // The main process holds the key and calls the API; the renderer only sends the text.
  return ipcRenderer.invoke("ai:summarize", { text });
}

const EDITOR_SETTINGS = {
  spellcheck: true,
  // llmsafe-expect-clean: client-exposed-api-key
  allowBrowserExtensions: true,
};

module.exports = { createOpenAIClient, summarizeNote, summarizeNoteInMainProcess, EDITOR_SETTINGS };
