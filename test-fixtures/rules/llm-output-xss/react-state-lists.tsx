"use client";
// components/Thread.tsx: model output stored in React state inside a list or an object.
import { useState } from "react";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";

type Msg = { role: "user" | "assistant"; content: string };

const ICONS: Record<string, string> = { user: "<svg viewBox='0 0 1 1'/>", assistant: "<svg viewBox='0 0 2 2'/>" };

export function Thread() {
  const [messages, setMessages] = useState<Msg[]>([]);
  const [input, setInput] = useState("");

  async function send() {
    setMessages((m) => [...m, { role: "user", content: input }]);
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: input });
    // The reply is appended as an element of the list: the list holds model output.
    setMessages((m) => [...m, { role: "assistant", content: text }]);
  }

  return (
    <div>
      {messages.map((m, i) => (
        // llmsafe-expect: llm-output-xss
        <div key={i} dangerouslySetInnerHTML={{ __html: m.content }} />
      ))}
      <input value={input} onChange={(e) => setInput(e.target.value)} />
      <button onClick={send}>Send</button>
    </div>
  );
}

export function Card() {
  const [card, setCard] = useState({ title: "", body: "" });

  async function fill(topic: string) {
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Describe ${topic} in HTML.` });
    setCard({ title: topic, body: text });
  }

  return (
    <article onClick={() => fill("otters")}>
      {/* llmsafe-expect: llm-output-xss */}
      <section dangerouslySetInnerHTML={{ __html: card.body }} />
    </article>
  );
}

// Look-alike: the model's text is stored in the list, but only the constant icon is HTML.
export function IconList() {
  const [items, setItems] = useState<{ who: string; icon: string; text: string }[]>([]);

  async function send(q: string) {
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: q });
    setItems((xs) => [...xs, { who: "assistant", icon: ICONS.assistant, text }]);
  }

  return (
    <ul onClick={() => send("hi")}>
      {items.map((m, i) => (
        <li key={i}>
          {/* llmsafe-expect-clean: llm-output-xss */}
          <span dangerouslySetInnerHTML={{ __html: m.icon }} />
          {m.text}
        </li>
      ))}
    </ul>
  );
}

// State copied from another state by a handler written before the one that fills it: the
// handlers are settled once, in source order, so the copy never sees the model's text.
export function DraftAndPublish() {
  const [draft, setDraft] = useState("");
  const [published, setPublished] = useState("");

  function publish() {
    setPublished(draft);
  }

  async function write(topic: string) {
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Write about ${topic}` });
    setDraft(text);
  }

  return (
    <main>
      <button onClick={() => write("cats")}>Write</button>
      <button onClick={publish}>Publish</button>
      {/* llmsafe-known-miss: llm-output-xss */}
      <article dangerouslySetInnerHTML={{ __html: published }} />
    </main>
  );
}
