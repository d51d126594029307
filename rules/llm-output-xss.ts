import { modelOutputRule } from "./output-sink-rule";
import { importInsertOffset } from "./define";

export default modelOutputRule({
  id: "llm-output-xss",
  sink: "html",
  meta: {
    description: "Report model-controlled data that reaches HTML (innerHTML, outerHTML, insertAdjacentHTML, document.write, dangerouslySetInnerHTML, a response sent as text/html) without a sanitizer",
    severity: "error", surveySection: "6.2.6", owaspLlm2026: ["LLM10"], owaspAgentic: [], cwe: ["CWE-79"], atlas: ["AML.T0077"],
    fixable: true,
    why: "Model output rendered as HTML runs scripts and loads images in the user's session: a poisoned document can steal the chat history through an <img src> or an onerror handler.",
  },
  consequence: "markup in it (scripts, event handlers, <img> exfiltration) runs in the user's browser. Render it as text, or pass it through DOMPurify.sanitize first.",
  fixes(hit, ctx) {
    const value = ctx.text(hit.file, hit.start, hit.end);
    const text = ctx.text(hit.file, 0, 1e9);
    const imported = /import\s+DOMPurify\b|DOMPurify\s*=\s*require/.test(text);
    // A template sink (`v-html`) sees the imports of the script its template reads; a component with none gets no fix.
    const at = imported ? 0 : importInsertOffset(text, hit.file, hit.start);
    if (at === null) return [];
    return [{
      title: "Wrap in DOMPurify.sanitize(...)",
      suggestion: false,
      edits: [
        { range: { start: hit.start, end: hit.end }, text: `DOMPurify.sanitize(${value})` },
        ...(imported ? [] : [{ range: { start: at, end: at }, text: 'import DOMPurify from "dompurify";\n' }]),
      ],
    }];
  },
});
