// components/ToolCallCard.tsx: an agent's transcript, fetched from the app's own route; each
// function call shows its arguments and output pretty-printed, and one card reads a field.
"use client";

import { useEffect, useMemo, useState } from "react";
import OpenAI from "openai";

type Call = { name: string; arguments: string; output: string };

const openai = new OpenAI({ apiKey: "sk-placeholder", dangerouslyAllowBrowser: true });

function CallCard({ call }: { call: Call }) {
  let output = call.output;
  try {
    // llmsafe-expect-clean: unvalidated-llm-json
    output = JSON.stringify(JSON.parse(call.output), null, 2);
  } catch {}
  return (
    <details>
      <summary>{call.name}</summary>
      {/* llmsafe-expect-clean: unvalidated-llm-json */}
      <pre>{JSON.stringify(JSON.parse(call.arguments), null, 2)}</pre>
      <pre>{output}</pre>
    </details>
  );
}

function CityCard({ call }: { call: Call }) {
  const args = JSON.parse(call.arguments);
  return <h3>{args.city.toUpperCase()}</h3>;
}

export function Transcript({ question }: { question: string }) {
  const [calls, setCalls] = useState<Call[]>([]);
  useEffect(() => {
    openai.chat.completions.create({ model: "gpt-4.1-mini", messages: [{ role: "user", content: question }] }).then((r) => {
      const tc = r.choices[0].message.tool_calls ?? [];
      setCalls(tc.map((t) => ({ name: t.function.name, arguments: t.function.arguments, output: "" })));
    });
  }, [question]);
  const shown = useMemo(() => calls.slice(-5), [calls]);
  return (
    <div>
      {/* llmsafe-expect-clean: unvalidated-llm-json */}
      {shown.map((c) => <CallCard key={c.name} call={c} />)}
      {/* llmsafe-expect: unvalidated-llm-json */}
      {shown.map((c) => <CityCard key={c.name} call={c} />)}
    </div>
  );
}
