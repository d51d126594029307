// lib/workspace-editor.ts: executors for provider-defined editing tools, made by factories so
// each example can point them at its own output folder.
import * as fs from "node:fs/promises";
import * as path from "node:path";

export type PatchOperation = { type: "create_file" | "update_file"; path: string; content: string } | { type: "delete_file"; path: string };

export function createPatchExecutor(workspaceRoot: string) {
  const editor = new PrefixCheckedEditor(workspaceRoot);
  return async ({ callId, operation }: { callId: string; operation: PatchOperation }) => {
    console.log(`[${callId}] ${operation.type} ${operation.path}`);
    if (operation.type === "delete_file") return editor.remove(operation.path);
    return editor.write(operation.path, operation.content);
  };
}

export function createContainedExecutor(workspaceRoot: string) {
  const root = path.resolve(workspaceRoot);
  return async ({ operation }: { operation: PatchOperation }) => {
    const target = path.resolve(root, operation.path);
    if (!target.startsWith(root + path.sep)) return { status: "failed", output: "outside the workspace" };
    if (operation.type === "delete_file") await fs.rm(target, { force: true });
    else await fs.writeFile(target, operation.content, "utf8");
    return { status: "completed" };
  };
}

class PrefixCheckedEditor {
  constructor(private readonly root: string) {}

  async write(relativePath: string, content: string) {
    const target = this.resolve(relativePath);
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, content, "utf8");
    return { status: "completed" };
  }

  async remove(relativePath: string) {
    await fs.rm(this.resolve(relativePath), { force: true });
    return { status: "completed" };
  }

  // Without a separator after the root, "/srv/out-evil/x" passes a check for "/srv/out".
  private resolve(relativePath: string): string {
    const resolved = path.resolve(this.root, relativePath);
    if (!resolved.startsWith(this.root)) throw new Error(`outside workspace: ${relativePath}`);
    return resolved;
  }
}
