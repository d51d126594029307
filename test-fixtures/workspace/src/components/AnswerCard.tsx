// src/components/AnswerCard.tsx: shows the assistant's answer to a help-centre question.
"use client";

import { useCompletion } from "@ai-sdk/react";

export function AnswerCard({ question }: { question: string }) {
  const { completion, complete, isLoading } = useCompletion({ api: "/api/answer" });

  return (
    <section className="answer-card">
      <button disabled={isLoading} onClick={() => complete(question)}>
        Ask the assistant
      </button>
      <div className="answer" dangerouslySetInnerHTML={{ __html: completion }} />
    </section>
  );
}
