// lib/memory.ts: a long-term memory for chat apps. The merged configuration holds the provider key in
// llm.config; validating it with the schema (imported from another module) must not spread the key
// into the other fields, so the history store built from `history` and what it returns are not secrets.
import OpenAI from "openai";
import { DEFAULTS, MemoryConfigSchema, type MemoryConfig } from "./schema";

class HistoryStore {
  private rows: { role: string; content: string }[] = [];
  constructor(private readonly path: string) {}
  async lastMessages(limit: number) {
    return this.rows.slice(-limit);
  }
}

function mergeConfig(user: Partial<MemoryConfig>): MemoryConfig {
  const merged = {
    version: user.version || DEFAULTS.version,
    llm: { ...DEFAULTS.llm, ...user.llm, config: { ...DEFAULTS.llm.config, ...user.llm?.config } },
    history: { ...DEFAULTS.history, ...user.history },
    customInstructions: user.customInstructions,
  };
  return MemoryConfigSchema.parse(merged);
}

export class Memory {
  private readonly config: MemoryConfig;
  private readonly history: HistoryStore;
  private readonly openai: OpenAI;

  constructor(config: Partial<MemoryConfig> = {}) {
    this.config = mergeConfig(config);
    this.history = new HistoryStore(String(this.config.history.config.path));
    this.openai = new OpenAI({ apiKey: this.config.llm.config.apiKey });
  }

  async extract(newFacts: string) {
    const recent = await this.history.lastMessages(10);
    const context = recent.map((m) => `${m.role}: ${m.content}`).join("\n");
    const completion = await this.openai.chat.completions.create({
      model: String(this.config.llm.config.model),
      messages: [
        // llmsafe-expect-clean: secret-in-prompt
        { role: "system", content: `Extract durable facts. Version ${this.config.version}.\n${context}` },
        // llmsafe-expect-clean: secret-in-prompt
        { role: "user", content: newFacts },
      ],
    });
    return completion.choices[0].message.content;
  }

  /** A debugging aid that pastes the whole LLM configuration into the prompt: the key goes with it. */
  async explainSetup() {
    const completion = await this.openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect: secret-in-prompt
        { role: "system", content: `Explain this configuration to the user: ${JSON.stringify(this.config.llm)}` },
      ],
    });
    return completion.choices[0].message.content;
  }
}

export const memory = new Memory({ llm: { provider: "openai", config: { apiKey: process.env.OPENAI_API_KEY } } });
