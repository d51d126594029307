// components/MacroPanel.jsx: the assistant writes small page macros the user can run.
import { useEffect, useState } from "react";
import { useChat } from "@ai-sdk/react";

function textOf(message) {
  return message.parts
    .filter((part) => part.type === "text")
    .map((part) => part.text)
    .join("");
}

export function MacroPanel() {
  const { messages, sendMessage, status } = useChat();
  const [copied, setCopied] = useState(false);
  const [autoRun, setAutoRun] = useState(false);
  const last = messages.at(-1);
  const macro = last?.role === "assistant" ? textOf(last) : "";

  useEffect(() => {
    if (!autoRun || status !== "ready" || !macro) return;
    // llmsafe-expect: llm-output-code-execution
    const timer = setTimeout(macro, 0);
    return () => clearTimeout(timer);
  }, [autoRun, status, macro]);

  useEffect(() => {
    if (!copied) return;
    // llmsafe-expect-clean: llm-output-code-execution
    const timer = setTimeout(() => setCopied(false), 1500);
    return () => clearTimeout(timer);
  }, [copied]);

  function onSubmit(event) {
    event.preventDefault();
    sendMessage({ text: new FormData(event.currentTarget).get("task") });
  }

  return (
    <section className="macro-panel">
      <form onSubmit={onSubmit}>
        <input name="task" placeholder="Describe what the macro should do" />
        <button type="submit">Write macro</button>
      </form>
      <pre className="macro-source">{macro}</pre>
      <label>
        <input type="checkbox" checked={autoRun} onChange={(e) => setAutoRun(e.target.checked)} /> Run automatically
      </label>
      {/* llmsafe-expect: llm-output-code-execution */}
      <button type="button" disabled={!macro} onClick={() => eval(macro)}>Run now</button>
      {/* llmsafe-expect-clean: llm-output-code-execution */}
      <button type="button" onClick={() => navigator.clipboard.writeText(macro).then(() => setCopied(true))}>
        {copied ? "Copied" : "Copy"}
      </button>
    </section>
  );
}
