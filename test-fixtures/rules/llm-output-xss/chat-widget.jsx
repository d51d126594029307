// widget/ChatWidget.jsx: embeddable support widget (older useChat API with message.content).
import { useEffect, useRef } from "react";
import { useChat } from "@ai-sdk/react";
import { marked } from "marked";
import sanitizeHtml from "sanitize-html";

export function ChatWidget() {
  const { messages, input, handleInputChange, handleSubmit } = useChat({ api: "/api/support" });
  const transcriptRef = useRef(null);
  const answerRef = useRef(null);
  const plainRef = useRef(null);
  const last = messages.findLast((m) => m.role === "assistant");

  useEffect(() => {
    const el = answerRef.current;
    if (!el || !last) return;
    // llmsafe-expect: llm-output-xss
    // llmsafe-expect: markdown-exfiltration
    el.innerHTML = marked.parse(last.content);
  }, [last]);

  useEffect(() => {
    const list = transcriptRef.current;
    if (!list || !last) return;
    // llmsafe-expect: llm-output-xss
    list.insertAdjacentHTML("beforeend", `<li class="assistant">${last.content}</li>`);
    // llmsafe-expect-clean: llm-output-xss
    list.insertAdjacentHTML("beforeend", '<li class="divider" aria-hidden="true"></li>');
  }, [last?.id]);

  useEffect(() => {
    const el = plainRef.current;
    if (!el || !last) return;
    // llmsafe-expect-clean: llm-output-xss
    el.textContent = last.content;
    // llmsafe-expect-clean: llm-output-xss
    el.insertAdjacentText("afterend", ` (${last.content.length} characters)`);
  }, [last]);

  return (
    <div className="widget">
      <ul ref={transcriptRef} className="transcript" />
      <div ref={answerRef} className="answer" />
      <p ref={plainRef} className="answer-plain" />
      {messages.map((m) => (
        <div key={m.id} className={`bubble ${m.role}`}>
          {/* llmsafe-expect-clean: llm-output-xss */}
          {/* llmsafe-known-false-alarm: markdown-exfiltration */}
          <div dangerouslySetInnerHTML={{ __html: sanitizeHtml(marked.parse(m.content)) }} />
          {/* llmsafe-expect-clean: llm-output-xss */}
          <small title={m.content}>{m.content.slice(0, 80)}</small>
        </div>
      ))}
      <form onSubmit={handleSubmit}>
        <input value={input} onChange={handleInputChange} placeholder="Ask us anything" />
      </form>
    </div>
  );
}
