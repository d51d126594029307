"use client";
// components/ChatPanel.tsx: model output kept in React state and rendered later.
import { useChat } from "@ai-sdk/react";
import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
import { useEffect, useRef, useState } from "react";

export function Summary({ url }: { url: string }) {
  const [summary, setSummary] = useState("");
  const [status, setStatus] = useState("idle");
  const [note, setNote] = useState("");
  const box = useRef<HTMLDivElement>(null);

  async function summarise() {
    setStatus("working");
    const { text } = await generateText({ model: openai("gpt-4o-mini"), prompt: `Summarise the page at ${url} in HTML.` });
    setSummary(text);
    setStatus("done");
  }

  useEffect(() => {
    if (!box.current) return;
    // The summary the model wrote, as HTML.
    // llmsafe-expect: llm-output-xss
    box.current.innerHTML = summary;
  }, [summary]);

  return (
    <section>
      <button onClick={summarise}>Summarise</button>
      <textarea value={note} onChange={(e) => setNote(e.target.value)} />
      {/* llmsafe-expect: llm-output-xss */}
      <div dangerouslySetInnerHTML={{ __html: summary }} />
      {/* Only a constant status word is ever stored here. */}
      {/* llmsafe-expect-clean: llm-output-xss */}
      <div dangerouslySetInnerHTML={{ __html: `<b>${status}</b>` }} />
      {/* The user's own note, not model output. */}
      {/* llmsafe-expect-clean: llm-output-xss */}
      <div dangerouslySetInnerHTML={{ __html: note }} />
      {/* Text children are escaped by React. */}
      {/* llmsafe-expect-clean: llm-output-xss */}
      <p>{summary}</p>
    </section>
  );
}

export function StreamedAnswer({ question }: { question: string }) {
  const [answer, setAnswer] = useState("");

  async function ask() {
    const res = await fetch("/api/ask", { method: "POST", body: JSON.stringify({ question }) });
    const { text } = await res.json();
    const r = await generateText({ model: openai("gpt-4o-mini"), prompt: text });
    for (const word of r.text.split(" ")) setAnswer((prev) => prev + word + " ");
  }

  return (
    <div>
      <button onClick={ask}>Ask</button>
      {/* Built up by an updater function from the model's words. */}
      {/* llmsafe-expect: llm-output-xss */}
      <div dangerouslySetInnerHTML={{ __html: answer }} />
    </div>
  );
}

// Another component's state is its own: nothing from Summary reaches it.
export function Static() {
  const [summary] = useState("<b>Welcome</b>");
  // llmsafe-expect-clean: llm-output-xss
  return <div dangerouslySetInnerHTML={{ __html: summary }} />;
}

export function useChatLookalike() {
  const { messages } = useChat();
  return messages.length;
}
