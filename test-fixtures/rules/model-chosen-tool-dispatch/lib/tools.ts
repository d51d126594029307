// lib/tools.ts: the research agent's tools, one export each. `formatReport` is a helper the
// tools share, exported for the report page.
export async function search(input: { query: string }) {
  return `results for ${input.query}`;
}

export async function summarize(input: { text: string }) {
  return input.text.slice(0, 200);
}

export function formatReport(sections: string[]) {
  return sections.join("\n\n");
}
