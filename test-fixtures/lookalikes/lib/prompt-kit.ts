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

/** The text fenced in tags first, then joined to the task: still fenced. */
export function steppedTaskPrompt(task: string, text: string) {
  const header = `${task}\n\n`;
  const body = `<document>\n${text}\n</document>`;
  return `${header}${body}`;
}

/** The bare join, wrapped in a tag only afterwards: the text still runs on from the task. */
export function wrappedTaskPrompt(task: string, text: string) {
  const inner = `${task}\n${text}`;
  return `<request>\n${inner}\n</request>`;
}

export function describeCount(n: number) {
  return `${n} matching documents were found.`;
}
