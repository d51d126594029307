// packages/core/src/config/settings.ts: a CLI agent's one big settings object. Every service
// gets it and calls its getters; it has more fields than a summary has access-path bits, and one
// of them holds the model's last reply. Services that read other fields must not see that reply.
import * as fsp from "node:fs/promises";
import * as path from "node:path";
import { GoogleGenAI } from "@google/genai";

class Workspace {
  constructor(private readonly root: string) {}

  getSkillsDir(): string {
    return path.join(this.root, ".agent", "skills");
  }
}

class Settings {
  private readonly workspace: Workspace;
  private readonly sessionId: string;
  private readonly model: string;
  private readonly debug: boolean;
  private readonly theme: string;
  private readonly editor: string;
  private readonly proxy: string;
  private readonly telemetryTarget: string;
  private readonly maxTurns: number;
  private readonly approvalMode: string;
  private readonly sandboxImage: string;
  private readonly lastReply: string;
  private readonly notesFile: string;
  private readonly historyFile: string;

  constructor(root: string, lastReply: string, notesFile: string) {
    this.workspace = new Workspace(root);
    this.sessionId = "session";
    this.model = "gemini-2.5-flash";
    this.debug = false;
    this.theme = "dark";
    this.editor = "vim";
    this.proxy = "";
    this.telemetryTarget = "local";
    this.maxTurns = 20;
    this.approvalMode = "default";
    this.sandboxImage = "sandbox:latest";
    this.lastReply = lastReply;
    this.notesFile = notesFile;
    this.historyFile = path.join(root, "history.json");
  }

  // One summary reads every field: more paths below `this` than the class has bits for.
  describe(): string {
    return [this.sessionId, this.model, String(this.debug), this.theme, this.editor, this.proxy, this.telemetryTarget, String(this.maxTurns), this.approvalMode, this.sandboxImage, this.historyFile, this.lastReply, this.notesFile].join(" ");
  }

  getWorkspace(): Workspace {
    return this.workspace;
  }

  getNotesFile(): string {
    return this.notesFile;
  }

  getLastReply(): string {
    return this.lastReply;
  }
}

class SkillRegistry {
  constructor(private readonly settings: Settings) {}

  async load(): Promise<string[]> {
    const dir = this.settings.getWorkspace().getSkillsDir();
    return fsp.readdir(dir);
  }

  async loadNotes(): Promise<string> {
    return fsp.readFile(this.settings.getNotesFile(), "utf8");
  }
}

class ReplyOpener {
  constructor(private readonly settings: Settings) {}

  async open(): Promise<string> {
    return fsp.readFile(this.settings.getLastReply(), "utf8");
  }
}

export async function startSession(root: string) {
  const ai = new GoogleGenAI({});
  const res = await ai.models.generateContent({ model: "gemini-2.5-flash", contents: "Summarise the last session." });
  const reply = res.text ?? "";

  // The reply is stored here; a getter hands it to ReplyOpener.open() below, which reads it as a path.
  // llmsafe-expect: llm-output-path-traversal
  const settings = new Settings(root, reply, path.join(root, "notes.md"));
  console.log(settings.describe());
  // The reply is one field of many; the skills folder and the notes file come from elsewhere.
  // llmsafe-expect-clean: llm-output-path-traversal
  await new SkillRegistry(settings).load();
  // llmsafe-expect-clean: llm-output-path-traversal
  await new SkillRegistry(settings).loadNotes();
  // A getter that returns the reply itself: the model names the file (reported where it is stored).
  await new ReplyOpener(settings).open();
  // The model names the notes file: the same getter now returns model text.
  // llmsafe-expect: llm-output-path-traversal
  const chosen = new Settings(root, "", reply);
  await new SkillRegistry(chosen).loadNotes();
}
