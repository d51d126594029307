// src/GeminiPlayground.jsx: React + Vite single-page app, deployed as static files.
import { useState } from "react";
import { GoogleGenAI } from "@google/genai";
import { GoogleGenerativeAI } from "@google/generative-ai";
import OpenAI from "openai";
import { createClient } from "@supabase/supabase-js";

// llmsafe-expect: client-exposed-api-key
const ai = new GoogleGenAI({ apiKey: import.meta.env.VITE_GEMINI_API_KEY });

// llmsafe-expect: client-exposed-api-key
const legacyKey = import.meta.env.VITE_GOOGLE_AI_KEY;
const genAI = new GoogleGenerativeAI(legacyKey);

const runtimeConfig = window.__APP_CONFIG__ ?? {};
const openai = new OpenAI({
  apiKey: runtimeConfig.openaiKey,
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

const supabase = createClient(
  // llmsafe-expect-clean: client-exposed-api-key
  import.meta.env.VITE_SUPABASE_URL,
  // llmsafe-expect-clean: client-exposed-api-key
  import.meta.env.VITE_SUPABASE_ANON_KEY,
);

// llmsafe-expect-clean: client-exposed-api-key
const API_BASE = import.meta.env.VITE_API_BASE_URL ?? "/api";
// llmsafe-expect-clean: client-exposed-api-key
const MODEL = import.meta.env.VITE_GEMINI_MODEL ?? "gemini-2.5-flash";

export default function GeminiPlayground() {
  const [prompt, setPrompt] = useState("");
  const [output, setOutput] = useState("");

  async function runNewSdk() {
    const response = await ai.models.generateContent({ model: MODEL, contents: prompt });
    setOutput(response.text ?? "");
  }

  async function runLegacySdk() {
    const model = genAI.getGenerativeModel({ model: MODEL });
    const result = await model.generateContent(prompt);
    setOutput(result.response.text());
  }

  async function runOpenAI() {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "user", content: prompt }],
    });
    setOutput(completion.choices[0].message.content ?? "");
  }

  async function runOnServer() {
    const { data } = await supabase.auth.getSession();
    const res = await fetch(`${API_BASE}/generate`, {
      method: "POST",
      headers: { authorization: `Bearer ${data.session?.access_token}` },
      body: JSON.stringify({ prompt }),
    });
    setOutput((await res.json()).text);
  }

  return (
    <section>
      {/* llmsafe-expect-clean: client-exposed-api-key */}
      <h1>{import.meta.env.VITE_APP_TITLE}</h1>
      <textarea value={prompt} onChange={(e) => setPrompt(e.target.value)} />
      <button onClick={runNewSdk}>Gemini</button>
      <button onClick={runLegacySdk}>Gemini (legacy SDK)</button>
      <button onClick={runOpenAI}>OpenAI</button>
      <button onClick={runOnServer}>Server</button>
      <pre>{output}</pre>
    </section>
  );
}
