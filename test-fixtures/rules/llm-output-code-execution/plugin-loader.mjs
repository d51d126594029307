// src/import/pipeline.mjs: the model decides which converter handles an uploaded file.
import OpenAI from "openai";

const openai = new OpenAI();

const KNOWN_CONVERTERS = ["@acme/convert-csv", "@acme/convert-pdf", "@acme/convert-xlsx"];

const LAYOUTS = {
  table: (rows) => rows.map((r) => Object.values(r).join("\t")).join("\n"),
  bullets: (rows) => rows.map((r) => `- ${Object.values(r).join(", ")}`).join("\n"),
};

// Compiled once from a constant: the model's text is only ever passed in as data.
const renderSummaryLine = new Function("item", "return item.title + ' (' + item.score + ')';");

export async function loadConverterFor(fileName) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: `Answer with exactly one package name from this list: ${KNOWN_CONVERTERS.join(", ")}` },
      { role: "user", content: fileName },
    ],
  });
  const packageName = completion.choices[0].message.content.trim();
  // llmsafe-expect: llm-output-code-execution
  const converter = await import(packageName);
  return converter.default;
}

export async function formatRows(rows) {
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    instructions: "Answer `table` or `bullets`: which layout suits this data better?",
    input: JSON.stringify(rows.slice(0, 5)),
  });
  const layout = response.output_text.trim();
  // llmsafe-expect-clean: llm-output-code-execution
  const { csvConverter } = await import("./converters/csv.js");
  // llmsafe-expect-clean: llm-output-code-execution
  const format = LAYOUTS[layout] ?? LAYOUTS.table;
  return csvConverter.header(layout) + format(rows);
}

// "Explain and run": the model streams an expression that computes the answer over `data`.
export async function streamAndRun(task, data) {
  const stream = await openai.chat.completions.create({
    model: "gpt-4o",
    stream: true,
    messages: [
      { role: "system", content: "Write a single JavaScript expression that uses `data`. Output code only." },
      { role: "user", content: task },
    ],
  });
  let source = "";
  for await (const chunk of stream) {
    source += chunk.choices[0]?.delta?.content ?? "";
  }
  console.debug("rows in scope:", data.length);
  // llmsafe-expect: llm-output-code-execution
  return eval(source);
}

export async function retitle(item) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: "Suggest a short, catchy title for the item. Title only." },
      { role: "user", content: item.description },
    ],
  });
  const title = completion.choices[0].message.content ?? item.title;
  // llmsafe-expect-clean: llm-output-code-execution
  return renderSummaryLine({ ...item, title });
}
