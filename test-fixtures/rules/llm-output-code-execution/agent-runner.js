// workers/cleaning-agent.js: background agent that writes small data-cleaning scripts and runs them.
const Anthropic = require("@anthropic-ai/sdk");
const vm = require("node:vm");
// llmsafe-expect-clean: llm-output-code-execution
const skills = require("./skills/index.js");

class AgentRunner {
  constructor({ model = "claude-sonnet-4-5", tools = [] } = {}) {
    this.client = new Anthropic();
    this.model = model;
    this.tools = tools;
    this.sandbox = vm.createContext({ console, results: [] });
    // llmsafe-expect-clean: llm-output-code-execution
    this.heartbeat = setInterval(() => this.flush(), 5_000);
  }

  async ask(prompt) {
    const msg = await this.client.messages.create({
      model: this.model,
      max_tokens: 1024,
      system: "You write plain JavaScript. Output code only.",
      messages: [{ role: "user", content: prompt }],
    });
    const first = msg.content[0];
    return first.type === "text" ? first.text : "";
  }

  async cleanDataset(rows) {
    const script = await this.ask("Write code that deduplicates `rows` by email and returns the result.");
    // llmsafe-expect: llm-output-code-execution
    return vm.runInNewContext(script, { rows }, { timeout: 2_000 });
  }

  async step(messages) {
    const msg = await this.client.messages.create({
      model: this.model,
      max_tokens: 2048,
      tools: this.tools,
      messages,
    });
    const results = [];
    for (const block of msg.content) {
      if (block.type !== "tool_use") continue;
      let output;
      if (block.name === "use_skill") {
        // llmsafe-expect: llm-output-code-execution
        const skill = require(`./skills/${block.input.skill}.js`);
        output = skill.run(block.input.rows ?? []);
      } else if (block.name === "evaluate") {
        // llmsafe-expect: llm-output-code-execution
        output = this.evaluate(block.input.expression);
      } else {
        // llmsafe-expect-clean: llm-output-code-execution
        const builtin = skills[block.name];
        output = builtin ? builtin.run(block.input.rows ?? []) : `unknown tool ${block.name}`;
      }
      results.push({ type: "tool_result", tool_use_id: block.id, content: JSON.stringify(output) });
    }
    return results;
  }

  evaluate(expression) {
    // llmsafe-expect-clean: llm-output-code-execution
    return vm.runInContext(expression, this.sandbox, { timeout: 500 });
  }

  flush() {
    // llmsafe-expect-clean: llm-output-code-execution
    const pending = this.evaluate("results.length");
    if (pending > 0) console.log(`flushing ${pending} results`);
    this.sandbox.results = [];
  }

  stop() {
    clearInterval(this.heartbeat);
  }
}

module.exports = { AgentRunner };
