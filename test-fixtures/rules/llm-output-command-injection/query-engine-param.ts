// A LlamaIndex query engine handed in by the caller: no import of llamaindex in this file.
import { exec, execFile } from "node:child_process";

type QueryEngine = { query(q: { query: string }): Promise<{ toString(): string }> };

export async function runSuggestedCleanup(queryEngine: QueryEngine) {
  const answer = await queryEngine.query({ query: "Which cleanup command should run on the build host?" });
  // llmsafe-expect: llm-output-command-injection
  exec(String(answer));
  // llmsafe-expect-clean: llm-output-command-injection
  execFile("git", ["gc", "--auto"]);
}
