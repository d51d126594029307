// A code generator's benchmark script: the model writes a small app as files, and a helper keeps
// each model-written path inside the folder its caller names (path.relative checked for leaving it).
import fs from "node:fs/promises";
import path from "node:path";
import OpenAI from "openai";

const openai = new OpenAI();

export function containedPath(rootDir: string, modelPath: string) {
  const trimmed = modelPath.replace(/^\/+/, "");
  const root = path.resolve(rootDir);
  const target = path.resolve(root, trimmed);
  const rel = path.relative(root, target);
  if (!trimmed || rel.startsWith("..") || path.isAbsolute(rel)) {
    throw new Error(`path leaves ${rootDir}: ${modelPath}`);
  }
  return target;
}

/** The same join with no check: the model's `../` climbs out. */
export function joinedPath(rootDir: string, modelPath: string) {
  return path.resolve(rootDir, modelPath);
}

export async function writeGeneratedApp(options: { outDir: string; prompt: string }) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [{ role: "user", content: `Write the files of this app as JSON [{ path, content }]: ${options.prompt}` }],
  });
  // llmsafe-expect: unvalidated-llm-json
  const files: { path: string; content: string }[] = JSON.parse(completion.choices[0].message.content ?? "[]");
  for (const file of files) {
    // llmsafe-expect-clean: llm-output-path-traversal
    await fs.writeFile(containedPath(options.outDir, file.path), file.content);
    // llmsafe-expect: llm-output-path-traversal
    await fs.writeFile(joinedPath(options.outDir, file.path), file.content);
    // The check proves nothing when the model chooses the root as well.
    // llmsafe-expect: llm-output-path-traversal
    await fs.writeFile(containedPath(file.path, "index.html"), file.content);
  }
  // llmsafe-expect-clean: llm-output-path-traversal
  await fs.writeFile(containedPath(options.outDir, "manifest.json"), JSON.stringify(files.map((f) => f.path)));
}
