// components/BrowserChat.tsx: the desktop app's offline mode calls the user's own Ollama from the renderer.
import ollama from "ollama/browser";
import { useState } from "react";

export function BrowserChat() {
  const [answer, setAnswer] = useState("");

  async function ask(question: string) {
    const reply = await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: question }] });
    setAnswer(reply.message.content);
  }

  async function askAsHtml(question: string) {
    const reply = await ollama.chat({ model: "llama3.2", messages: [{ role: "user", content: `Answer as HTML: ${question}` }] });
    // llmsafe-expect: llm-output-xss
    document.getElementById("answer")!.innerHTML = reply.message.content;
  }

  return (
    <div>
      <button onClick={() => ask("What can you do offline?")}>Ask</button>
      <button onClick={() => askAsHtml("List three offline features")}>Ask (HTML)</button>
      {/* llmsafe-expect-clean: llm-output-xss */}
      <p>{answer}</p>
    </div>
  );
}
