// Provider API key shapes (public facts from secret scanners) and placeholder detection.

interface KeyShape { provider: string; envVar: string; re: RegExp }

const B = "(?<![A-Za-z0-9_-])";
const E = "(?![A-Za-z0-9_-])";
const SHAPES: KeyShape[] = [
  { provider: "OpenAI", envVar: "OPENAI_API_KEY", re: new RegExp(`${B}sk-(?:proj|svcacct|admin)-[A-Za-z0-9_-]{58,74}T3BlbkFJ[A-Za-z0-9_-]{58,74}${E}`, "g") },
  { provider: "OpenAI", envVar: "OPENAI_API_KEY", re: new RegExp(`${B}sk-[A-Za-z0-9]{20}T3BlbkFJ[A-Za-z0-9]{20}${E}`, "g") },
  { provider: "OpenAI", envVar: "OPENAI_API_KEY", re: new RegExp(`${B}sk-[A-Za-z0-9]{48}${E}`, "g") },
  { provider: "Anthropic", envVar: "ANTHROPIC_API_KEY", re: new RegExp(`${B}sk-ant-(?:api03|admin01)-[A-Za-z0-9_-]{93}AA${E}`, "g") },
  { provider: "Google Gemini", envVar: "GEMINI_API_KEY", re: new RegExp(`${B}AIza[A-Za-z0-9_-]{35}${E}`, "g") },
  { provider: "Hugging Face", envVar: "HF_TOKEN", re: new RegExp(`${B}(?:hf_|api_org_)[A-Za-z]{34}${E}`, "g") },
  { provider: "Groq", envVar: "GROQ_API_KEY", re: new RegExp(`${B}gsk_(?:[A-Za-z0-9]{52}|[A-Za-z0-9]{48})${E}`, "g") },
  { provider: "xAI", envVar: "XAI_API_KEY", re: new RegExp(`${B}xai-[A-Za-z0-9]{80}${E}`, "g") },
  { provider: "OpenRouter", envVar: "OPENROUTER_API_KEY", re: new RegExp(`${B}sk-or-v1-[a-f0-9]{64}${E}`, "g") },
  { provider: "Perplexity", envVar: "PERPLEXITY_API_KEY", re: new RegExp(`${B}pplx-[A-Za-z0-9]{48}${E}`, "g") },
  { provider: "AWS Bedrock", envVar: "AWS_BEARER_TOKEN_BEDROCK", re: new RegExp(`${B}ABSK[A-Za-z0-9+/]{109,269}={0,2}(?![A-Za-z0-9+/=])`, "g") },
];

/** Cheap test before running the shapes: every shape starts with one of these. */
export const KEY_PREFIX_RE = /sk-|AIza|hf_|api_org_|gsk_|xai-|pplx-|ABSK/;

const PLACEHOLDER_RE = /x{5,}|X{5,}|\.\.\.|\*{3,}|your|example|placeholder|replace|redacted|dummy|<|>|\{\{/i;

export function isPlaceholder(key: string): boolean {
  if (PLACEHOLDER_RE.test(key)) return true;
  // A run of one repeated character over most of the key is a placeholder, not a key.
  const body = key.replace(/^[a-z]+[-_](?:[a-z0-9]+-)?/i, "");
  const counts = new Map<string, number>();
  for (const c of body) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts.size <= 3;
}

export interface KeyMatch { provider: string; envVar: string; start: number; end: number; key: string }

export function findKeys(text: string): KeyMatch[] {
  if (!KEY_PREFIX_RE.test(text)) return [];
  const out: KeyMatch[] = [];
  for (const shape of SHAPES) {
    shape.re.lastIndex = 0;
    for (let m = shape.re.exec(text); m; m = shape.re.exec(text)) {
      const key = m[0];
      if (isPlaceholder(key)) continue;
      if (out.some((o) => o.start <= m!.index && m!.index < o.end)) continue;
      out.push({ provider: shape.provider, envVar: shape.envVar, start: m.index, end: m.index + key.length, key });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export function providerEnvVar(provider: string): string {
  return SHAPES.find((s) => s.provider === provider)?.envVar ?? "LLM_API_KEY";
}

/** `text` with every key-shaped string in it masked. */
export function maskSecrets(text: string): string {
  const keys = findKeys(text);
  for (let i = keys.length - 1; i >= 0; i--) text = text.slice(0, keys[i].start) + maskSecret(keys[i].key) + text.slice(keys[i].end);
  return text;
}

/** Never print a secret whole: keep the first and last four characters. */
export function maskSecret(secret: string): string {
  if (secret.length <= 12) return "*".repeat(secret.length);
  return `${secret.slice(0, 4)}…${secret.slice(-4)} (${secret.length} chars)`;
}

/** Words of an env var name that make it a credential, and words that make it a setting about one. */
const SECRET_WORDS = new Set(["KEY", "APIKEY", "SECRET", "TOKEN", "PASSWORD", "PASSWD", "PWD", "CREDENTIAL", "CREDENTIALS", "PRIVATE", "PAT", "AUTH"]);
const SETTING_WORDS = new Set(["MIN", "MAX", "LENGTH", "LEN", "COUNT", "LIMIT", "COLUMN", "ID", "NAME", "URL", "ENDPOINT", "HOST", "PREFIX", "MODEL", "TOKENS", "PUBLIC", "FILE", "PATH", "HEADER", "TTL", "EXPIRY", "EXPIRES", "ROTATION", "POLICY", "ENABLED", "REQUIRED", "VERSION", "TYPE", "FIELD"]);
export const PUBLIC_ENV_RE = /^(NEXT_PUBLIC_|VITE_|REACT_APP_|PUBLIC_|EXPO_PUBLIC_|NUXT_PUBLIC_|GATSBY_|VUE_APP_)/;

export function isSecretEnvName(name: string): boolean {
  const words = name.toUpperCase().split(/[^A-Z0-9]+/).filter(Boolean);
  return words.some((w) => SECRET_WORDS.has(w)) && !words.some((w) => SETTING_WORDS.has(w));
}

const SECRET_NAME_RE = /password|passwd|secret|apikey|accesstoken|authtoken|privatekey|credential|bearertoken|sessiontoken|refreshtoken/;
const NOT_SECRET_NAME_RE = /policy|length|hint|label|field|count|limit|max|min|placeholder|strength|reset|required|visible|input|prompt|name|id$|url|env|header|schema|error|manager|provider|type|store/;
/** Names like `apiToken`, `user.password`, `stripeSecretKey`: credentials by naming convention. */
const secretNameCache = new Map<string, boolean>();
export function isSecretName(name: string): boolean {
  let hit = secretNameCache.get(name);
  if (hit === undefined) {
    const n = name.toLowerCase().replace(/[_-]/g, "");
    hit = (SECRET_NAME_RE.test(n) && !NOT_SECRET_NAME_RE.test(n)) || n === "apitoken" || n === "token" || n === "apikeyvalue";
    if (secretNameCache.size < 50_000) secretNameCache.set(name, hit);
  }
  return hit;
}
