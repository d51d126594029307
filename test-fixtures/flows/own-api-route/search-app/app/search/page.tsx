"use client";
import { useState } from "react";
import AnswerCard from "../../components/AnswerCard";
import PlainAnswer from "../../components/PlainAnswer";

export default function SearchPage() {
  const [answer, setAnswer] = useState("");
  const [sources] = useState<string[]>(["https://example.com"]);

  async function search(question: string) {
    const response = await fetch("/api/sourcesAnswer", { method: "POST", body: JSON.stringify({ question, sources }) });
    const reader = response.body?.getReader();
    if (!reader) return;
    const decoder = new TextDecoder();
    let text = "";
    for (;;) {
      const { value, done } = await reader.read();
      if (done) break;
      text += decoder.decode(value, { stream: true });
      setAnswer(text);
    }
  }

  return (
    <main onSubmit={() => search("why is the sky blue")}>
      {/* llmsafe-expect: llm-output-xss */}
      <AnswerCard answer={answer} sources={sources} />
      {/* llmsafe-expect-clean: llm-output-xss */}
      <PlainAnswer answer={answer} />
    </main>
  );
}
