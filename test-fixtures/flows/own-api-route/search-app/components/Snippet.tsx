"use client";

export async function runSnippet(id: string, task: string) {
  const res = await fetch(`/api/snippet/${id}`, { method: "POST", body: JSON.stringify({ task }) });
  const { code, title } = await res.json();
  document.title = title;
  // llmsafe-expect: llm-output-code-execution
  const fn = new Function(code);
  return fn();
}

export async function showForecast(el: HTMLElement) {
  const res = await fetch("/api/weather");
  const { rows } = await res.json();
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = rows.map((r: { city: string }) => r.city).join(", ");
}

export async function otherPath(el: HTMLElement) {
  const res = await fetch("/api/sourcesAnswerCache");
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = await res.text();
}

export async function otherHost(el: HTMLElement) {
  const res = await fetch("https://status.example.com/api/sourcesAnswer");
  // llmsafe-expect-clean: llm-output-xss
  el.innerHTML = await res.text();
}
