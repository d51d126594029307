// packages/core/src/agents/registry.ts: a CLI agent's registry of sub-agents. The config object
// is shared by every service; one of its fields holds the model's last reply, the agents folder
// comes from the storage it was built with.
import * as fsp from "node:fs/promises";
import * as path from "node:path";
import { GoogleGenAI } from "@google/genai";

class Storage {
  constructor(private readonly targetDir: string) {}

  getProjectAgentsDir(): string {
    return path.join(this.targetDir, ".gemini", "agents");
  }
}

class Config {
  readonly storage: Storage;
  readonly model: string;
  lastReply: string;

  constructor(targetDir: string, model: string, lastReply: string) {
    this.storage = new Storage(targetDir);
    this.model = model;
    this.lastReply = lastReply;
  }
}

class AgentRegistry {
  constructor(private readonly config: Config) {}

  async initialize(): Promise<string[]> {
    const dir = this.config.storage.getProjectAgentsDir();
    return fsp.readdir(dir);
  }

  async loadNamed(): Promise<string> {
    return fsp.readFile(path.join(this.config.model, "agent.md"), "utf8");
  }
}

class ContextCache {
  constructor(private readonly settings: { cacheDir: string; lastReply: string }) {}

  async store(): Promise<void> {
    await fsp.writeFile(path.join(this.settings.cacheDir, "last.txt"), this.settings.lastReply);
  }
}

export async function startSession(projectRoot: string) {
  const ai = new GoogleGenAI({});
  const res = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "Name the agent to load." });
  const reply = res.text ?? "";

  const config = new Config(projectRoot, "gemini-2.5-flash", reply);
  // The model's reply lives in another field than the agents folder.
  // llmsafe-expect-clean: llm-output-path-traversal
  await new AgentRegistry(config).initialize();
  // llmsafe-expect-clean: llm-output-path-traversal
  await new ContextCache({ cacheDir: "/var/cache/cli", lastReply: reply }).store();
  // llmsafe-expect: llm-output-path-traversal
  await new ContextCache({ cacheDir: reply, lastReply: "" }).store();
  // The model names the model folder; the registry reads it later (reported where it is stored).
  // llmsafe-expect: llm-output-path-traversal
  const chosen = new Config(projectRoot, reply, "");
  await new AgentRegistry(chosen).loadNamed();
}
