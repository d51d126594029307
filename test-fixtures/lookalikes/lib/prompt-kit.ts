// lookalikes/lib/prompt-kit.ts: prompt builders shared by the look-alike routes. They only return
// strings; the findings belong at the callers' arguments.
export const HOUSE_STYLE = "Answer in plain English. Be brief.";

export function buildInstructions(role: string) {
  return `You are ${role} at Acme. ${HOUSE_STYLE}`;
}

export function taskPrompt(task: string, text: string) {
  return `${task}\n\n${text}`;
}

/** The same, with the text fenced off in tags. */
export function fencedTaskPrompt(task: string, text: string) {
  return `${task}\n<text>\n${text}\n</text>`;
}

export function describeCount(n: number) {
  return `${n} matching documents were found.`;
}
