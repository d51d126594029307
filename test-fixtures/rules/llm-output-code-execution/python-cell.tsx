// components/python-cell.tsx: runs the Python the assistant wrote, in the page, with Pyodide.
"use client";
import { useChat } from "@ai-sdk/react";
import { loadPyodide } from "pyodide";
import { useState } from "react";

const SETUP = "import sys\nsys.setrecursionlimit(2000)";

export function PythonCell() {
  const { messages } = useChat();
  const [output, setOutput] = useState("");

  async function runLatest() {
    const last = messages.at(-1);
    const code = last?.parts.map((p) => (p.type === "text" ? p.text : "")).join("") ?? "";
    const pyodide = await loadPyodide({ indexURL: "https://cdn.jsdelivr.net/pyodide/v0.26.4/full/" });
    pyodide.setStdout({ batched: (line: string) => setOutput((o) => o + line + "\n") });
    // The page's own setup code: fixed text.
    // llmsafe-expect-clean: llm-output-code-execution
    await pyodide.runPythonAsync(SETUP);
    // llmsafe-expect: llm-output-code-execution
    await pyodide.runPythonAsync(code);
  }

  async function explainLatest() {
    const last = messages.at(-1);
    const code = last?.parts.map((p) => (p.type === "text" ? p.text : "")).join("") ?? "";
    const pyodide = await loadPyodide();
    // Only shown, never run: the model's code goes in as a string value the fixed program prints.
    pyodide.globals.set("source", code);
    // llmsafe-expect-clean: llm-output-code-execution
    pyodide.runPython("print(len(source.splitlines()), 'lines')");
  }

  return (
    <div>
      <button onClick={runLatest}>Run</button>
      <button onClick={explainLatest}>Count lines</button>
      <pre>{output}</pre>
    </div>
  );
}
