// How an MCP server is started (unpinned-mcp-server): a command line that fetches a package or an
// image from a registry by a name with no pinned version (`npx -y pkg`, `pkg@latest`, `uvx pkg`,
// `docker run image`), and literal secrets in the server's `env` or `headers`. The same check
// serves MCP configuration files (mcp-config.ts) and servers started in code
// (eval/mcp-launches.ts), both of which describe a server as a LaunchSpec. Pure.
import type { McpLaunchFact } from "./facts";
import { findKeys, isPlaceholderKey, isSecretEnvName } from "./keys";

/** A string as the configuration writes it, with where (the literal, or the expression that gave it). */
export interface Written { value: string; start: number; end: number }

export interface LaunchSpec {
  /** The server's name in a configuration file, or the API that starts it. */
  server: string;
  command: Written | null;
  args: Written[];
  env: { key: string; value: Written }[];
  headers: { key: string; value: Written }[];
}

interface Word { text: string; at: Written }

/** Registry runners: the words that start them and the flags of theirs that take a value. */
const NPX = new Set(["npx", "bunx", "pnpx"]);
const NPX_FLAGS_WITH_VALUE = new Set(["-p", "--package", "--registry", "--cache", "-c", "--call"]);
const PY_RUNNERS = new Set(["uvx"]);
const UVX_FLAGS_WITH_VALUE = new Set(["--from", "--with", "-w", "--python", "-p", "--index-url", "--index", "--extra-index-url"]);
const DOCKER_FLAGS_WITH_VALUE = new Set(["-e", "--env", "-v", "--volume", "--name", "-p", "--publish", "--network", "--net", "--mount", "-w", "--workdir", "--env-file", "-u", "--user", "--entrypoint", "-l", "--label", "--platform", "--add-host", "--cpus", "-m", "--memory", "--pull", "--hostname", "-h", "--cap-add", "--cap-drop", "--security-opt"]);
/** Tools that run a file of the project (`npx tsx server.ts`): a dev dependency, not a server package. */
const SCRIPT_RUNNERS = new Set(["tsx", "ts-node", "node", "esno", "vite-node", "nodemon", "bun", "deno", "tsm", "jiti", "concurrently"]);

const EXACT_SEMVER = /^v?\d+\.\d+\.\d+(?:[-+][\w.-]+)?$/;
const NPM_NAME = /^(@[\w.-]+\/)?[\w.-]+$/;

function words(spec: LaunchSpec): Word[] {
  const out: Word[] = [];
  // A whole command line in `command` ("npx -y pkg"): its words, located at the string.
  if (spec.command) for (const w of spec.command.value.trim().split(/\s+/).filter(Boolean)) out.push({ text: w, at: spec.command });
  for (const a of spec.args) out.push({ text: a.value, at: a });
  return out;
}

const base = (w: string) => w.replace(/\\/g, "/").split("/").pop()!.replace(/\.(cmd|exe)$/i, "");

/** The first operand after `from`, skipping flags (and the values of those that take one); `--flag=value` is one word. */
function operand(ws: Word[], from: number, withValue: Set<string>): { i: number; named?: Word } {
  for (let i = from; i < ws.length; i++) {
    const t = ws[i].text;
    if (t === "--") return { i: i + 1 };
    if (!t.startsWith("-")) return { i };
    if (withValue.has(t)) i++;
  }
  return { i: ws.length };
}

/** Why an npm package spec is not pinned, or null when it is (an exact version) or is no registry package. */
function npmUnpinned(spec: string): string | null {
  const at = spec.lastIndexOf("@");
  const name = at > 0 ? spec.slice(0, at) : spec;
  const version = at > 0 ? spec.slice(at + 1) : null;
  if (!NPM_NAME.test(name) || SCRIPT_RUNNERS.has(name)) return null;
  if (version === null) return "with no version";
  if (EXACT_SEMVER.test(version)) return null;
  return /^[a-z]/i.test(version) ? `at the moving tag \`@${version}\`` : `at the version range \`@${version}\``;
}

/** Why a Python package spec run by uvx is not pinned (`pkg==1.2.3` and `pkg@1.2.3` are pinned). */
function pyUnpinned(spec: string): string | null {
  if (/^[.~/]/.test(spec) || spec.includes("://") || spec.startsWith("git+")) return null;
  if (/==\s*[\w.]+$/.test(spec) || /@\d[\w.]*$/.test(spec)) return null;
  if (/@latest$/.test(spec)) return "at the moving tag `@latest`";
  return /[<>~=!]/.test(spec) ? "at a version range" : "with no version";
}

/** Why a docker image is not pinned: no tag or `latest` (a digest pins it; another tag is a version). */
function imageUnpinned(image: string): string | null {
  if (image.includes("@sha256:")) return null;
  const tag = /:([\w][\w.-]*)$/.exec(image.split("/").pop() ?? "")?.[1];
  if (tag === undefined) return "with no tag or digest";
  return tag === "latest" ? "at the moving tag `:latest`" : null;
}

function unpinned(spec: LaunchSpec): { runner: string; pkg: string; reason: string; at: Written } | null {
  let ws = words(spec);
  // Windows configs wrap the line in a shell: `cmd /c npx -y pkg`.
  if (ws.length > 2 && base(ws[0].text).toLowerCase() === "cmd" && /^\/c$/i.test(ws[1].text)) ws = ws.slice(2);
  if (!ws.length) return null;
  const cmd = base(ws[0].text);
  const found = (runner: string, w: Word | undefined, reason: string | null) => (w && reason ? { runner, pkg: w.text, reason, at: w.at } : null);
  let start = -1;
  let runner = cmd;
  if (NPX.has(cmd)) start = 1;
  else if ((cmd === "pnpm" || cmd === "yarn") && ws[1]?.text === "dlx") { start = 2; runner = `${cmd} dlx`; }
  else if (cmd === "npm" && (ws[1]?.text === "exec" || ws[1]?.text === "x")) { start = 2; runner = "npm exec"; }
  else if (cmd === "bun" && ws[1]?.text === "x") { start = 2; runner = "bunx"; }
  if (start >= 0) {
    // `npx -p pkg cmd` / `--package=pkg`: the package is the flag's value.
    for (let i = start; i < ws.length; i++) {
      const t = ws[i].text;
      if ((t === "-p" || t === "--package") && ws[i + 1]) return found(runner, ws[i + 1], npmUnpinned(ws[i + 1].text));
      if (t.startsWith("--package=")) return found(runner, { text: t.slice(10), at: ws[i].at }, npmUnpinned(t.slice(10)));
      if (!t.startsWith("-")) break;
    }
    const { i } = operand(ws, start, NPX_FLAGS_WITH_VALUE);
    return found(runner, ws[i], ws[i] ? npmUnpinned(ws[i].text) : null);
  }
  if (PY_RUNNERS.has(cmd) || (cmd === "pipx" && ws[1]?.text === "run")) {
    runner = cmd === "pipx" ? "pipx run" : cmd;
    const from = ws.findIndex((w) => w.text === "--from");
    if (from > 0 && ws[from + 1]) return found(runner, ws[from + 1], pyUnpinned(ws[from + 1].text));
    const { i } = operand(ws, cmd === "pipx" ? 2 : 1, UVX_FLAGS_WITH_VALUE);
    return found(runner, ws[i], ws[i] ? pyUnpinned(ws[i].text) : null);
  }
  if ((cmd === "docker" || cmd === "podman") && ws[1]?.text === "run") {
    const { i } = operand(ws, 2, DOCKER_FLAGS_WITH_VALUE);
    return found(`${cmd} run`, ws[i], ws[i] ? imageUnpinned(ws[i].text) : null);
  }
  return null;
}

const AUTH_HEADER_RE = /^(authorization|proxy-authorization|x-api-key|api-key|x-auth-token|x-access-token|cookie)$|token|secret|key$/i;

/** A value written in the configuration that is a credential (not a `${...}` placeholder, a dummy or a setting). */
function literalSecret(key: string, raw: string, header: boolean): string | null {
  if (raw.includes("${") || /^\$[A-Z_]|^%\w+%$|^\{\{.*\}\}$/.test(raw)) return null;
  const shaped = findKeys(raw)[0];
  if (shaped) return shaped.key;
  const named = header ? AUTH_HEADER_RE.test(key) : isSecretEnvName(key);
  if (!named) return null;
  const value = header ? raw.replace(/^(Bearer|Basic|Token|token)\s+/, "") : raw;
  if (/\s/.test(value.trim()) || isPlaceholderKey(value)) return null;
  return value;
}

/** The problems of one server's launch, as facts at the words that show them. */
export function launchFacts(file: string, spec: LaunchSpec): McpLaunchFact[] {
  const out: McpLaunchFact[] = [];
  const u = unpinned(spec);
  if (u) out.push({ type: "mcp-launch", file, start: u.at.start, end: u.at.end, server: spec.server, problem: "unpinned", runner: u.runner, pkg: u.pkg, reason: u.reason });
  for (const [field, entries] of [["env", spec.env], ["headers", spec.headers]] as const) {
    for (const { key, value } of entries) {
      const secret = literalSecret(key, value.value, field === "headers");
      if (secret) out.push({ type: "mcp-launch", file, start: value.start, end: value.end, server: spec.server, problem: "secret", field, key, secret });
    }
  }
  return out;
}
