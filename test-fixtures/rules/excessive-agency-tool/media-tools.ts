// lib/agent/media-tools.ts: tools of a video-editing assistant. Each runs one program with an
// argument array; only some of those programs can change anything that matters.
import { tool } from "ai";
import { execFile, spawn, spawnSync } from "node:child_process";
import path from "node:path";
import { promisify } from "node:util";
import { z } from "zod";

const run = promisify(execFile);
const MEDIA = "/srv/media";
const inMedia = (name: string) => path.join(MEDIA, path.basename(name));

// ---- one fixed program, no shell: it transcodes, searches or measures ------------------------

// llmsafe-expect-clean: excessive-agency-tool
export const transcode = tool({
  description: "Convert a clip to 720p H.264",
  inputSchema: z.object({ clip: z.string() }),
  execute: async ({ clip }) => {
    await run("ffmpeg", ["-y", "-i", inMedia(clip), "-vf", "scale=-2:720", "-c:v", "libx264", inMedia(`${clip}.720p.mp4`)]);
    return "done";
  },
});

// llmsafe-expect-clean: excessive-agency-tool
export const findSubtitles = tool({
  description: "Search the subtitles for a phrase",
  inputSchema: z.object({ phrase: z.string() }),
  execute: async ({ phrase }) => spawnSync("rg", ["--json", "--fixed-strings", "--", phrase, MEDIA], { encoding: "utf8" }).stdout,
});

// llmsafe-expect-clean: excessive-agency-tool
export const probe = tool({
  description: "Read a clip's duration and codecs",
  inputSchema: z.object({ clip: z.string() }),
  execute: async ({ clip }) => (await run("ffprobe", ["-v", "error", "-show_format", "-of", "json", inMedia(clip)])).stdout,
});

// ---- the program itself deletes, publishes or runs anything -------------------------------

// llmsafe-expect: excessive-agency-tool
export const purgeRenders = tool({
  description: "Delete the render folder of a project",
  inputSchema: z.object({ project: z.string() }),
  execute: async ({ project }) => (await run("rm", ["-rf", inMedia(`${project}-renders`)])).stdout,
});

// llmsafe-expect: excessive-agency-tool
export const publishCut = tool({
  description: "Push the edit decision list to the shared repository",
  inputSchema: z.object({ branch: z.string() }),
  execute: async ({ branch }) => spawnSync("git", ["push", "origin", branch], { cwd: MEDIA, encoding: "utf8" }).stdout,
});

// The subcommand is the model's: `git reset --hard` is one of the things it can ask for.
// llmsafe-expect: excessive-agency-tool
export const gitCommand = tool({
  description: "Run a git subcommand in the media repository",
  inputSchema: z.object({ subcommand: z.string(), args: z.array(z.string()) }),
  execute: async ({ subcommand, args }) => (await run("git", [subcommand, ...args], { cwd: MEDIA })).stdout,
});

// npx runs whatever package it is given.
// llmsafe-expect: excessive-agency-tool
export const runPlugin = tool({
  description: "Run an editing plugin",
  inputSchema: z.object({ plugin: z.enum(["@acme/denoise", "@acme/stabilize"]) }),
  execute: async ({ plugin }) => spawnSync("npx", ["--yes", plugin, MEDIA], { encoding: "utf8" }).stdout,
});

// With a shell, the same ffmpeg call is a command line.
// llmsafe-expect: excessive-agency-tool
export const transcodeViaShell = tool({
  description: "Convert the intro to 480p",
  inputSchema: z.object({}),
  execute: async () =>
    new Promise((resolve) => {
      const child = spawn("ffmpeg", ["-i", "intro.mp4", "intro.480p.mp4"], { cwd: MEDIA, shell: true });
      child.on("close", resolve);
    }),
});
