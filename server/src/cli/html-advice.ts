// The fix advice of a rule (its docs page's "### Fixed" section, generated into fix-advice.json)
// as HTML: the little Markdown those sections use (paragraphs, lists, fenced code, `code`,
// **bold**, links). Text is escaped before any markup is added; only http(s) links become links,
// since a page-relative link (`other-rule.md`) means nothing next to a report file.
import { escapeHtml } from "./html-source";

function inline(text: string): string {
  return escapeHtml(text)
    .replace(/`([^`]+)`/g, "<code>$1</code>")
    .replace(/\*\*([^*]+)\*\*/g, "<strong>$1</strong>")
    .replace(/\[([^\]]+)\]\(([^)\s]+)\)/g, (_, label: string, url: string) => (/^https?:\/\//.test(url) ? `<a href="${url}" rel="noreferrer">${label}</a>` : label));
}

/** Markdown blocks: fenced code, bullet lists, paragraphs. */
export function adviceHtml(markdown: string): string {
  const out: string[] = [];
  const lines = markdown.split("\n");
  for (let i = 0; i < lines.length; ) {
    const line = lines[i];
    if (line.startsWith("```")) {
      const end = lines.findIndex((l, j) => j > i && l.startsWith("```"));
      const stop = end < 0 ? lines.length : end;
      out.push(`<pre class="code-block"><code>${escapeHtml(lines.slice(i + 1, stop).join("\n"))}</code></pre>`);
      i = stop + 1;
    } else if (/^\s*$/.test(line)) i++;
    else if (/^[-*] /.test(line)) {
      const items: string[] = [];
      for (; i < lines.length && /^([-*] |\s+\S)/.test(lines[i]); i++) {
        if (/^[-*] /.test(lines[i])) items.push(lines[i].slice(2));
        else items[items.length - 1] += " " + lines[i].trim();
      }
      out.push(`<ul>${items.map((t) => `<li>${inline(t)}</li>`).join("")}</ul>`);
    } else {
      const para: string[] = [];
      for (; i < lines.length && !/^\s*$/.test(lines[i]) && !lines[i].startsWith("```") && !/^[-*] /.test(lines[i]); i++) para.push(lines[i]);
      out.push(`<p>${inline(para.join(" "))}</p>`);
    }
  }
  return out.join("\n");
}
