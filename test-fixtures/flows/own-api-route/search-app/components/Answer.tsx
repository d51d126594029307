"use client";
import { useState } from "react";

export default function Answer({ question }: { question: string }) {
  const [answer, setAnswer] = useState("");

  async function ask() {
    const res = await fetch("/api/sourcesAnswer", { method: "POST", body: JSON.stringify({ question }) });
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let text = "";
    while (true) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value);
      setAnswer(text);
    }
  }

  return (
    <div onClick={ask}>
      {/* llmsafe-expect: llm-output-xss */}
      <div dangerouslySetInnerHTML={{ __html: answer }} />
      {/* llmsafe-expect-clean: llm-output-xss */}
      <p>{answer}</p>
    </div>
  );
}
