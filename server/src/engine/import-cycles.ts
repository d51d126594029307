// Import cycles. Modules are analysed on demand, depth first: when A imports B and B (or
// something B imports) imports A back, that importer sees none of A's exports (A is still being
// analysed), so its calls into A fall back to the policy for calls nothing describes and its
// summaries are judged without A's (`getSystemRole(defences, level)` seen as handing every
// argument back). Once A is done, each such importer is analysed once more, now with A's exports:
// at most once per text, so a cycle costs one extra analysis of its members, never a loop.

/** `requester` asked for `file`'s exports while `file` was being analysed. */
export function awaitCycle(waiters: Map<string, Set<string>>, file: string, requester: string): void {
  if (requester === file) return;
  let set = waiters.get(file);
  if (!set) waiters.set(file, (set = new Set()));
  set.add(requester);
}

/**
 * `file`'s analysis is done: the importers that saw it unfinished and are themselves done, each
 * to analyse again (recorded in `redone` by its text, so the same text is redone only once).
 */
export function cycleWaitersDone(
  waiters: Map<string, Set<string>>,
  redone: Map<string, string>,
  file: string,
  state: (f: string) => { text: string; analysed: boolean; inProgress: boolean; analyzer: unknown } | undefined,
): string[] {
  const set = waiters.get(file);
  if (!set) return [];
  waiters.delete(file);
  const out: string[] = [];
  for (const w of set) {
    const st = state(w);
    if (!st || st.inProgress || !st.analysed || !st.analyzer || redone.get(w) === st.text) continue;
    redone.set(w, st.text);
    out.push(w);
  }
  return out;
}
