// app/research/AnswerMarkdown.tsx: the answer card's Markdown, shared by the chat and the history page.
import Markdown from "react-markdown";

export function AnswerMarkdown({ text }: { text: string }) {
  return (
    <div className="answer-card">
      <Markdown>{text}</Markdown>
    </div>
  );
}
