// services/oncall/runner.js: on-call assistant for a small ops team. The tool specs are loaded
// from config and handed to the runner; this file executes the calls the model makes.
const OpenAI = require("openai");
const { z } = require("zod");
const { exec, execFile, spawn } = require("node:child_process");

const ScriptArgs = z.object({ script: z.string() });
const LogsArgs = z.object({ namespace: z.string(), pod: z.string() });
const DirArgs = z.object({ dir: z.string() });
const ServiceArgs = z.object({ service: z.string() });

class AgentRunner {
  constructor({ tools, model = "gpt-4o" }) {
    this.client = new OpenAI();
    this.tools = tools;
    this.model = model;
  }

  async turn(messages) {
    const completion = await this.client.chat.completions.create({
      model: this.model,
      messages,
      tools: this.tools,
    });
    const message = completion.choices[0].message;
    messages.push(message);

    for (const call of message.tool_calls ?? []) {
      let output;
      switch (call.function.name) {
        case "run_script": {
          // llmsafe-expect-clean: unvalidated-llm-json
          const { script } = ScriptArgs.parse(JSON.parse(call.function.arguments));
          // llmsafe-expect: llm-output-command-injection
          output = await this.collect(spawn("bash", ["-c", script]));
          break;
        }
        case "pod_logs": {
          // llmsafe-expect-clean: unvalidated-llm-json
          const { namespace, pod } = LogsArgs.parse(JSON.parse(call.function.arguments));
          // llmsafe-expect-clean: llm-output-command-injection
          output = await this.collect(spawn("kubectl", ["logs", "-n", namespace, pod, "--tail=200"]));
          break;
        }
        case "disk_usage": {
          // llmsafe-expect-clean: unvalidated-llm-json
          const { dir } = DirArgs.parse(JSON.parse(call.function.arguments));
          // llmsafe-expect: llm-output-command-injection
          output = await this.sh(`du -sh ${dir}`);
          break;
        }
        case "restart_service": {
          // llmsafe-expect-clean: unvalidated-llm-json
          const { service } = ServiceArgs.parse(JSON.parse(call.function.arguments));
          output = await new Promise((resolve) => {
            // llmsafe-expect: llm-output-command-injection
            execFile("/bin/sh", ["-c", `systemctl restart ${service}`], (error, stdout) => resolve(error ? String(error) : stdout));
          });
          break;
        }
        case "uptime":
          // llmsafe-expect-clean: llm-output-command-injection
          output = await this.sh("uptime");
          break;
        default:
          output = `unknown tool ${call.function.name}`;
      }
      messages.push({ role: "tool", tool_call_id: call.id, content: output });
    }
    return message;
  }

  sh(command) {
    return new Promise((resolve) => {
      // llmsafe-expect-clean: llm-output-command-injection
      exec(command, { timeout: 30_000 }, (error, stdout, stderr) => resolve(error ? stderr : stdout));
    });
  }

  collect(child) {
    return new Promise((resolve) => {
      let out = "";
      child.stdout.on("data", (d) => (out += d));
      child.stderr.on("data", (d) => (out += d));
      child.on("close", () => resolve(out));
    });
  }
}

module.exports = { AgentRunner };
