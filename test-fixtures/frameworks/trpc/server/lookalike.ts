// A query builder of the app's own with the same chain shape (`.input().query()`): not tRPC, so
// its callbacks get no client input.
import OpenAI from "openai";

const openai = new OpenAI();

class ReportBuilder {
  private steps: string[] = [];
  input(name: string) { this.steps.push(name); return this; }
  query(run: (args: { input: string }) => Promise<unknown>) { return run({ input: this.steps.join(", ") }); }
}

export const weekly = new ReportBuilder().input("sales").query(async ({ input }) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Write a report on ${input}.` },
      { role: "user", content: "Go." },
    ],
  });
  return completion.choices[0].message.content;
});
