// src/extension-popup.js: a browser extension's popup; the user's own key is in chrome.storage.
import Anthropic from "@anthropic-ai/sdk";

export async function explainSelection(selection) {
  const { anthropicKey } = await chrome.storage.local.get("anthropicKey");
  // llmsafe-expect: client-exposed-api-key
  const anthropic = new Anthropic({ apiKey: anthropicKey, dangerouslyAllowBrowser: true });
  const msg = await anthropic.messages.create({
    model: "claude-haiku-4-5",
    max_tokens: 300,
    // llmsafe-expect: system-prompt-in-client-bundle
    system: "Explain the selected text to a twelve-year-old in at most three sentences, without jargon.",
    messages: [{ role: "user", content: selection }],
  });
  return msg.content;
}
