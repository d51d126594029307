// services/export.js: exports notes to Markdown files; the model names the files.
const OpenAI = require("openai");
const fs = require("node:fs");
const path = require("node:path");
const { randomUUID } = require("node:crypto");

const EXPORT_DIR = path.resolve(__dirname, "exports");

class AgentRunner {
  constructor({ tools = [] } = {}) {
    this.client = new OpenAI();
    this.tools = tools;
  }

  async titleFor(body) {
    const completion = await this.client.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        { role: "system", content: "Suggest a short file name (no extension) for this note." },
        { role: "user", content: body },
      ],
    });
    return completion.choices[0].message.content.trim();
  }

  async exportNote(body) {
    const title = await this.titleFor(body);
    // llmsafe-expect: llm-output-path-traversal
    fs.writeFileSync(path.join(EXPORT_DIR, `${title}.md`), body);
    return title;
  }

  async exportNoteSafe(body) {
    const title = await this.titleFor(body);
    const file = path.join(EXPORT_DIR, `${path.basename(title)}.md`);
    // llmsafe-expect-clean: llm-output-path-traversal
    fs.writeFileSync(file, body);
    return file;
  }

  async exportNoteById(body) {
    const title = await this.titleFor(body);
    // llmsafe-expect-clean: llm-output-path-traversal
    fs.writeFileSync(path.join(EXPORT_DIR, `${randomUUID()}.md`), `# ${title}\n\n${body}`);
  }

  copyAttachment(source, noteId) {
    const dest = path.join(EXPORT_DIR, String(noteId), "attachment");
    // llmsafe-expect-clean: llm-output-path-traversal
    fs.copyFileSync(source, dest);
    return dest;
  }

  async attach(noteId, messages) {
    const completion = await this.client.chat.completions.create({ model: "gpt-4o", messages, tools: this.tools });
    for (const call of completion.choices[0].message.tool_calls ?? []) {
      if (call.function.name !== "attach_file") continue;
      // llmsafe-expect: unvalidated-llm-json
      const args = JSON.parse(call.function.arguments);
      // llmsafe-expect: llm-output-path-traversal
      this.copyAttachment(args.source, noteId);
    }
  }

  async pruneDuplicates() {
    // llmsafe-expect-clean: llm-output-path-traversal
    const names = fs.readdirSync(EXPORT_DIR);
    const res = await this.client.responses.create({
      model: "gpt-4.1-mini",
      instructions: "Which of these exported files are duplicates of another? One file name per line.",
      input: names.join("\n"),
    });
    for (const name of res.output_text.split("\n").filter(Boolean)) {
      // llmsafe-expect: llm-output-path-traversal
      fs.unlinkSync(path.join(EXPORT_DIR, name));
    }
  }
}

module.exports = { AgentRunner };
