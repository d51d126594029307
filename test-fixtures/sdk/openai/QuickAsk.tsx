"use client";
// components/QuickAsk.tsx: the "quick ask" box in the docs site header. It calls OpenAI from the
// browser and renders the answer as HTML.
import OpenAI from "openai";
import DOMPurify from "dompurify";
import { marked } from "marked";
import { useEffect, useRef, useState } from "react";

const openai = new OpenAI({
  // llmsafe-expect: client-exposed-api-key
  apiKey: process.env.NEXT_PUBLIC_OPENAI_API_KEY,
  // llmsafe-expect: client-exposed-api-key
  dangerouslyAllowBrowser: true,
});

export function QuickAsk() {
  const [question, setQuestion] = useState("");
  const [answer, setAnswer] = useState("");
  const rawRef = useRef<HTMLDivElement>(null);

  async function ask() {
    const stream = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      stream: true,
      messages: [
        // llmsafe-expect: system-prompt-in-client-bundle
        { role: "system", content: "Answer questions about the Acme docs in Markdown." },
        // llmsafe-expect-clean: undelimited-prompt-input
        { role: "user", content: question },
      ],
    });
    let text = "";
    for await (const chunk of stream) {
      text += chunk.choices[0]?.delta?.content ?? "";
      setAnswer(text);
    }
  }

  useEffect(() => {
    if (!rawRef.current) return;
    // The streamed answer, through React state (setAnswer(text) -> answer).
    // llmsafe-expect: llm-output-xss
    // llmsafe-expect: markdown-exfiltration
    rawRef.current.innerHTML = marked.parse(answer, { async: false }) as string;
  }, [answer]);

  return (
    <div className="quick-ask">
      <input value={question} onChange={(e) => setQuestion(e.target.value)} />
      <button onClick={ask}>Ask</button>
      <div ref={rawRef} />
      {/* llmsafe-expect-clean: llm-output-xss */}
      {/* llmsafe-expect: markdown-exfiltration */}
      <div dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(answer, { async: false }) as string) }} />
      {/* llmsafe-expect-clean: llm-output-xss */}
      <pre>{answer}</pre>
    </div>
  );
}
