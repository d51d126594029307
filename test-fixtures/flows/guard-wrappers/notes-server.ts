// flows/guard-wrappers/notes-server.ts: an MCP server giving an assistant its notes folders.
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import fs from "node:fs/promises";
import path from "node:path";
import { z } from "zod";
import { insideAll, isInsideRoots, isOneOfRoots, isRootOrHome, isPathInside, quickCheck, startsWithRoot, underEveryMount } from "./containment";
import { checkedPath, checkedRaw, loggedPath, setAllowed } from "./validate";

const NOTES = path.resolve(process.env.NOTES_DIR ?? "./notes");
const ARCHIVE = path.resolve(process.env.ARCHIVE_DIR ?? "./archive");
const ROOTS = [NOTES, ARCHIVE];
setAllowed(ROOTS);

const server = new McpServer({ name: "notes", version: "0.3.0" });

server.registerTool("read_note", { description: "Read a note", inputSchema: { path: z.string() } }, async (args) => {
  const valid = await checkedPath(args.path);
  // llmsafe-expect-clean: llm-output-path-traversal
  const text = await fs.readFile(valid, "utf-8");
  return { content: [{ type: "text", text }] };
});

server.registerTool("write_note", { description: "Write a note", inputSchema: { path: z.string(), content: z.string() } }, async (args) => {
  const valid = await checkedPath(args.path);
  // llmsafe-expect-clean: llm-output-path-traversal
  await fs.writeFile(valid, args.content, "utf-8");
  return { content: [{ type: "text", text: `wrote ${args.path}` }] };
});

server.registerTool("stat_note", { description: "Size of a note", inputSchema: { path: z.string() } }, async (args) => {
  const full = path.resolve(NOTES, args.path);
  if (!isInsideRoots(full, ROOTS)) throw new Error("outside the notes folders");
  // llmsafe-expect-clean: llm-output-path-traversal
  const st = await fs.stat(full);
  return { content: [{ type: "text", text: String(st.size) }] };
});

server.registerTool("open_archived", { description: "Read an archived note", inputSchema: { path: z.string() } }, async (args) => {
  const full = path.resolve(ARCHIVE, args.path);
  if (!isPathInside(full, ARCHIVE)) throw new Error("outside the archive");
  // llmsafe-expect-clean: llm-output-path-traversal
  const text = await fs.readFile(full, "utf-8");
  return { content: [{ type: "text", text }] };
});

server.registerTool("mounted", { description: "Read under the mount", inputSchema: { path: z.string() } }, async (args) => {
  const full = path.resolve("/srv/notes", args.path);
  if (!underEveryMount(full)) throw new Error("outside the mount");
  // llmsafe-expect-clean: llm-output-path-traversal
  return { content: [{ type: "text", text: await fs.readFile(full, "utf-8") }] };
});

server.registerTool("read_prefixed", { description: "Read a note (prefix check)", inputSchema: { path: z.string() } }, async (args) => {
  const full = path.resolve(NOTES, args.path);
  if (!startsWithRoot(full, ROOTS)) throw new Error("outside");
  // llmsafe-expect: llm-output-path-traversal
  return { content: [{ type: "text", text: await fs.readFile(full, "utf-8") }] };
});

server.registerTool("read_quick", { description: "Read a note (short names skip the check)", inputSchema: { path: z.string() } }, async (args) => {
  const full = path.resolve(NOTES, args.path);
  if (!quickCheck(full, ROOTS)) throw new Error("outside");
  // llmsafe-expect: llm-output-path-traversal
  return { content: [{ type: "text", text: await fs.readFile(full, "utf-8") }] };
});

server.registerTool("read_all_roots", { description: "Read a note in every root", inputSchema: { path: z.string(), roots: z.array(z.string()) } }, async (args) => {
  const full = path.resolve(NOTES, args.path);
  if (!insideAll(full, ROOTS)) throw new Error("outside");
  // llmsafe-expect: llm-output-path-traversal
  return { content: [{ type: "text", text: await fs.readFile(full, "utf-8") }] };
});

server.registerTool("list_root", { description: "List a notes folder", inputSchema: { dir: z.string() } }, async (args) => {
  if (!isOneOfRoots(args.dir, ROOTS)) throw new Error("not a notes folder");
  // llmsafe-expect-clean: llm-output-path-traversal
  const names = await fs.readdir(args.dir);
  return { content: [{ type: "text", text: names.join("\n") }] };
});

server.registerTool("list_home", { description: "List a notes folder or home", inputSchema: { dir: z.string() } }, async (args) => {
  if (!isRootOrHome(args.dir, ROOTS)) throw new Error("not a notes folder");
  // "~/../../etc" passes: the helper compared the root it swapped in, not the argument.
  // llmsafe-expect: llm-output-path-traversal
  const names = await fs.readdir(args.dir);
  return { content: [{ type: "text", text: names.join("\n") }] };
});

server.registerTool("read_logged", { description: "Read a note (logged check)", inputSchema: { path: z.string() } }, async (args) => {
  // Reported where the path enters the validator in another file.
  // llmsafe-expect: llm-output-path-traversal
  const valid = await loggedPath(args.path);
  return { content: [{ type: "text", text: await fs.readFile(valid, "utf-8") }] };
});

server.registerTool("read_rebased", { description: "Read a note under the archive", inputSchema: { path: z.string() } }, async (args) => {
  const checked = path.normalize(args.path);
  if (!isInsideRoots(checked, ROOTS)) throw new Error("outside");
  // The check was of the raw name; joined under another base it says nothing.
  // llmsafe-expect: llm-output-path-traversal
  return { content: [{ type: "text", text: await fs.readFile(path.join(ARCHIVE, args.path), "utf-8") }] };
});

server.registerTool("read_raw_checked", { description: "Read a note by a checked raw name", inputSchema: { path: z.string() } }, async (args) => {
  // Reported where the path enters the validator in another file.
  // llmsafe-expect: llm-output-path-traversal
  const valid = await checkedRaw(args.path);
  return { content: [{ type: "text", text: await fs.readFile(path.join(ARCHIVE, valid), "utf-8") }] };
});

server.registerTool("read_tainted_roots", { description: "Read under roots the caller names", inputSchema: { path: z.string(), root: z.string() } }, async (args) => {
  const full = path.resolve(args.path);
  if (!isInsideRoots(full, [args.root])) throw new Error("outside");
  // llmsafe-expect: llm-output-path-traversal
  return { content: [{ type: "text", text: await fs.readFile(full, "utf-8") }] };
});

await server.connect(new (await import("@modelcontextprotocol/sdk/server/stdio.js")).StdioServerTransport());
