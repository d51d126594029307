// examples/lib/save-output.ts: saves what an image/text model produced, named by what the helper
// packages say about it. Calls into packages with no model return their arguments' text only when
// their name says they hand text back (slugify, format, parse, ...); a detector's file kind, a
// token count, a hash, a validator's verdict or a new object of an unmodelled class does not.
import fs from "node:fs";
import path from "node:path";
import { generateText } from "ai";
import { google } from "@ai-sdk/google";
import sniffImage from "sniff-image-kind";
import { mimeKindFromBytes } from "bytes-kind";
import { countTokens } from "tokenizer-lite";
import objectHash from "object-digest";
import { isSafeFileName } from "name-rules";
import slugify from "slugify-text";
import { formatTitle } from "title-kit";
import GithubSlugger from "github-slug";
import { parseFrontMatter } from "front-matter-lite";
import { RunLog } from "run-log";

const OUTPUT_DIR = "output";

async function generate(prompt: string) {
  return generateText({ model: google("gemini-2.5-flash-image"), prompt });
}

export async function saveImages(prompt: string) {
  const result = await generate(prompt);
  const stamp = Date.now();
  let n = 0;
  for (const file of result.files) {
    const bytes = file.uint8Array;
    // image type sniffed from the bytes: an extension from the package's own table, not the model's text
    const kind = await sniffImage(bytes);
    const extension = kind?.ext ?? "bin";
    const target = path.join(OUTPUT_DIR, `image-${stamp}-${n++}.${extension}`);
    fs.mkdirSync(OUTPUT_DIR, { recursive: true });
    // llmsafe-expect-clean: llm-output-path-traversal
    await fs.promises.writeFile(target, bytes);
  }
}

export async function saveByMime(prompt: string) {
  const result = await generate(prompt);
  for (const file of result.files) {
    const detected = mimeKindFromBytes(file.uint8Array);
    // llmsafe-expect-clean: llm-output-path-traversal
    fs.writeFileSync(path.join(OUTPUT_DIR, `latest.${detected.ext}`), file.uint8Array);
  }
}

export async function saveChunkedAnswer(prompt: string) {
  const { text } = await generate(prompt);
  const tokens = countTokens(text);
  const digest = objectHash({ text, prompt });
  const ok = isSafeFileName(text);
  // llmsafe-expect-clean: llm-output-path-traversal
  fs.writeFileSync(path.join(OUTPUT_DIR, `answer-${tokens}-${digest}-${ok}.txt`), text);
}

export async function saveWithLog(prompt: string) {
  const { text } = await generate(prompt);
  const log = new RunLog(text);
  // llmsafe-expect-clean: llm-output-path-traversal
  fs.writeFileSync(path.join(OUTPUT_DIR, `${log.id}.log`), text);
}

export async function saveUnderSlug(prompt: string) {
  const { text } = await generate(`Give this note a short title, then the note.\n${prompt}`);
  const [title] = text.split("\n");
  // the slug is the model's title with its spaces replaced: it may still hold "../"
  const slug = slugify(title);
  // llmsafe-expect: llm-output-path-traversal
  fs.writeFileSync(path.join(OUTPUT_DIR, slug), text);
}

export async function saveUnderFormattedTitle(prompt: string) {
  const { text } = await generate(prompt);
  // llmsafe-expect: llm-output-path-traversal
  fs.writeFileSync(formatTitle(text), text);
}

export async function saveUnderHeadingSlug(prompt: string) {
  const { text } = await generate(prompt);
  const slugger = new GithubSlugger();
  // llmsafe-expect: llm-output-path-traversal
  fs.writeFileSync(slugger.slug(text), text);
}

export async function saveUnderFrontMatterPath(prompt: string) {
  const { text } = await generate(prompt);
  const doc = parseFrontMatter(text);
  // the receiver holds the model's text: what its methods return still does
  const target = doc.attribute("path");
  // llmsafe-expect: llm-output-path-traversal
  fs.writeFileSync(target, doc.body());
}

type GeneratedImage = { uint8Array: Uint8Array; mediaType: string };

// An array's entries() keys are its indices: the file name is the loop counter, not model text.
async function writeNumbered(images: GeneratedImage[], stamp: number) {
  for (const [index, image] of images.entries()) {
    fs.writeFileSync(path.join(OUTPUT_DIR, `image-${stamp}-${index}.png`), image.uint8Array);
  }
}

// A Map's entries() keys are its data: here, names the model chose.
async function writeNamed(files: Map<string, Uint8Array>) {
  for (const [name, bytes] of files.entries()) {
    fs.writeFileSync(path.join(OUTPUT_DIR, name), bytes);
  }
}

export async function saveNumbered(prompt: string) {
  const result = await generate(prompt);
  // llmsafe-expect-clean: llm-output-path-traversal
  await writeNumbered(result.files, Date.now());
}

export async function saveNamed(prompt: string) {
  const result = await generate(`Name each file you generate.\n${prompt}`);
  const named = new Map(result.files.map((f) => [f.mediaType, f.uint8Array]));
  // llmsafe-expect: llm-output-path-traversal
  await writeNamed(named);
}

// Without a type the engine cannot tell an array from a Map, so the index stays model data.
async function writeNumberedUntyped(images, stamp) {
  for (const [index, image] of images.entries()) {
    fs.writeFileSync(path.join(OUTPUT_DIR, `image-${stamp}-${index}.png`), image.uint8Array);
  }
}

export async function saveNumberedUntyped(prompt: string) {
  const result = await generate(prompt);
  // llmsafe-known-false-alarm: llm-output-path-traversal
  await writeNumberedUntyped(result.files, Date.now());
}
