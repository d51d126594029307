// src/notes-server.ts: a low-level MCP server kept as a class. Some versions dispatch the tool
// name straight onto the class's own methods; the others check it first.
import { Server } from "@modelcontextprotocol/sdk/server/index.js";
import { CallToolRequestSchema } from "@modelcontextprotocol/sdk/types.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";

type Args = Record<string, unknown>;
type Reply = { content: { type: "text"; text: string }[] };

const TOOL_NAMES = ["list_notes", "read_note"] as const;

export class NotesServer {
  private server = new Server({ name: "notes", version: "0.3.0" }, { capabilities: { tools: {} } });
  private notes = new Map<string, string>();

  async list_notes(): Promise<Reply> {
    return { content: [{ type: "text", text: [...this.notes.keys()].join("\n") }] };
  }

  async read_note(args: Args): Promise<Reply> {
    return { content: [{ type: "text", text: this.notes.get(String(args.title)) ?? "no such note" }] };
  }

  // Never offered as a tool, but a method all the same.
  async wipeAll(): Promise<Reply> {
    this.notes.clear();
    return { content: [{ type: "text", text: "wiped" }] };
  }

  async handle_list_notes(): Promise<Reply> {
    return this.list_notes();
  }

  start() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const { name, arguments: args = {} } = request.params;
      // Any method of the class: wipeAll, start, even constructor.
      // llmsafe-expect: model-chosen-tool-dispatch
      return (this as any)[name](args);
    });
    return this.server.connect(new StdioServerTransport());
  }

  startChecked() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      const name = request.params.name;
      if (!(TOOL_NAMES as readonly string[]).includes(name)) throw new Error(`Unknown tool: ${name}`);
      // llmsafe-expect-clean: model-chosen-tool-dispatch
      return (this as any)[name](request.params.arguments ?? {});
    });
  }

  startSwitch() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      switch (request.params.name) {
        case "list_notes":
        case "read_note":
          // llmsafe-expect-clean: model-chosen-tool-dispatch
          return (this as any)[request.params.name](request.params.arguments ?? {});
        default:
          throw new Error("Unknown tool");
      }
    });
  }

  startPrefixed() {
    this.server.setRequestHandler(CallToolRequestSchema, async (request) => {
      // Only methods named handle_*: no inherited member and no helper starts that way.
      // llmsafe-expect-clean: model-chosen-tool-dispatch
      const method = (this as any)["handle_" + request.params.name];
      if (typeof method !== "function") throw new Error("Unknown tool");
      return method.call(this, request.params.arguments ?? {});
    });
  }
}
