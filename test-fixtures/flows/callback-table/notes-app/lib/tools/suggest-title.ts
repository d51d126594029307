// lib/tools/suggest-title.ts: the stored card goes to the title table's callbacks, which never put
// its body in an instruction.
import { getNoteCardById } from "../db/queries";
import { titlers } from "../titles/titlers";

export async function suggestTitle(id: string, style: string) {
  const card = await getNoteCardById({ id });
  const titler = titlers.find((t) => t.style === style) ?? titlers[0];
  // llmsafe-expect-clean: indirect-prompt-injection
  return await titler.run({ card });
}
