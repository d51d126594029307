// src/agent/actions.ts: research actions kept in a registry class's static table, run by name;
// what they return is the writer's context.
import OpenAI from "openai";

const openai = new OpenAI();

interface ActionResult { kind: "pages" | "note"; text: string }
interface ResearchAction { name: string; description: string; execute: (params: { url: string }) => Promise<ActionResult> }

const readPage: ResearchAction = {
  name: "read_page",
  description: "Read a web page",
  execute: async (params) => ({ kind: "pages", text: await (await fetch(params.url)).text() }),
};

const todayNote: ResearchAction = {
  name: "today",
  description: "Today's date",
  execute: async () => ({ kind: "note", text: new Date().toDateString() }),
};

class ActionRegistry {
  private static actions: Map<string, ResearchAction> = new Map();
  private static notes: Map<string, ResearchAction> = new Map();

  static register(action: ResearchAction) {
    this.actions.set(action.name, action);
  }

  static registerNote(action: ResearchAction) {
    this.notes.set(action.name, action);
  }

  static async execute(name: string, params: { url: string }) {
    const action = this.actions.get(name);
    if (!action) throw new Error(`no action ${name}`);
    return action.execute(params);
  }

  static async note(name: string) {
    const action = this.notes.get(name);
    return action ? action.execute({ url: "" }) : { kind: "note" as const, text: "" };
  }
}

ActionRegistry.register(readPage);
ActionRegistry.registerNote(todayNote);

export async function writeAnswer(question: string, link: string) {
  const page = await ActionRegistry.execute("read_page", { url: link });
  const note = await ActionRegistry.note("today");
  return openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: indirect-prompt-injection
      { role: "system", content: `Answer from this page:\n${page.text}` },
      // llmsafe-expect-clean: indirect-prompt-injection
      { role: "system", content: `Today is ${note.text}.` },
      { role: "user", content: question },
    ],
  });
}
