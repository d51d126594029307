// One root cause, one finding. A sink inside a shared helper is reached from every call that
// passes tainted data in; each such flow is reported at its call's argument (that is where the
// data enters, and where a fix or a suppression goes), and all of them carry the same
// `rootCause` (the rule and the sink). They become one finding, at the first call (in the order
// given: files, then source order), with every other call as a related location. The engine
// groups the calls of one file (a file's result stands alone: the editor publishes per file);
// the CLI groups again across the files of a run (report.ts).
//
// Grouping comes after suppressions: a suppressed call stays a finding of its own (kept for
// audits) and the other calls group without it, so a suppression hides only the call it is
// written at, and a call reaching several sinks is reported once per sink. No parser here: the
// CLI's main thread uses it.
import type { FileResult, Finding, Severity } from "./types";

const SEVERITY_RANK: Record<Severity, number> = { info: 0, warning: 1, error: 2 };

type Results = Pick<FileResult, "file" | "findings">;

/** The same results with the calls of each root cause folded into its first call's finding (heads are copies; nothing given is changed). */
export function groupByRootCause<R extends Results>(results: R[]): R[] {
  const heads = new Map<string, Finding>();
  const out = results.map((r) => {
    const findings: Finding[] = [];
    for (const f of r.findings) {
      const g = f.suppressed ? undefined : f.rootCause;
      const head = g ? heads.get(g) : undefined;
      if (!head) {
        const own = g ? { ...f, relatedLocations: [...(f.relatedLocations ?? [])], fixes: f.fixes.map((x) => ({ ...x, edits: [...x.edits] })) } : f;
        if (g) heads.set(g, own);
        findings.push(own);
        continue;
      }
      // The step where this call passes the data in ("passed to `runReport()`"), else the last one at the call.
      const here = f.path.filter((p) => p.file === f.file && p.range.start === f.range.start && p.range.end === f.range.end);
      const step = here.find((p) => p.description.startsWith("passed to")) ?? here[here.length - 1];
      head.relatedLocations!.push(
        { file: f.file, range: f.range, start: f.start, end: f.end, description: `also ${step?.description ?? "reaches the same sink"}` },
        ...(f.relatedLocations ?? []),
      );
      if (SEVERITY_RANK[f.severity] > SEVERITY_RANK[head.severity]) head.severity = f.severity;
      if (f.file === head.file) mergeFixes(head, f);
    }
    return { ...r, findings };
  });
  // Heads with nothing folded in keep an empty list out of the output.
  for (const h of heads.values()) if (!h.relatedLocations!.length) delete h.relatedLocations;
  return out;
}

/** A fix of a grouped call (edits in the same file) joins the head's fix of the same title, so --fix still fixes every call. */
function mergeFixes(head: Finding, f: Finding): void {
  for (const fix of f.fixes) {
    const same = head.fixes.find((h) => h.title === fix.title && h.suggestion === fix.suggestion);
    if (!same) {
      head.fixes.push({ ...fix, edits: [...fix.edits] });
      continue;
    }
    // The same edit twice (an import both calls' fixes add) is made once.
    for (const e of fix.edits) if (!same.edits.some((x) => x.range.start === e.range.start && x.range.end === e.range.end && x.text === e.text)) same.edits.push(e);
  }
}
