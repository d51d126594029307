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

// Markers that make a provider-shaped string a placeholder. Not "fake" / "test": fixtures and
// test suites hold shape-exact keys that secret scanners (and attackers) treat as live.
const PLACEHOLDER_RE = /x{5,}|X{5,}|\.\.\.|\*{3,}|your|example|placeholder|replace|redacted|dummy|change[-_]?me|fixme|todo|abc123|<|>|\{\{/i;

export function isPlaceholder(key: string): boolean {
  if (PLACEHOLDER_RE.test(key)) return true;
  // A run of one repeated character over most of the key is a placeholder, not a key.
  const body = key.replace(/^[a-z]+[-_](?:[a-z0-9]+-)?/i, "");
  const counts = new Map<string, number>();
  for (const c of body) counts.set(c, (counts.get(c) ?? 0) + 1);
  return counts.size <= 3 || repeatsShortUnit(body);
}

/** `abc123abc123abc123…`: a unit of at most 8 characters repeated over the whole body, at least three times. */
function repeatsShortUnit(body: string): boolean {
  for (let p = 1; p <= 8 && p * 3 <= body.length; p++) {
    let i = p;
    while (i < body.length && body[i] === body[i - p]) i++;
    if (i === body.length) return true;
  }
  return false;
}

/**
 * Words a made-up key is written with (`YOUR_OPENAI_API_KEY`, `my-test-token`, `ollama`): a
 * constant made only of these and keyboard runs is no secret. Two letters at least, so a random
 * key is never covered by them.
 */
const DUMMY_WORDS = [
  "your", "you", "my", "our", "the", "an", "to", "in", "of", "for", "with", "me", "this", "here", "goes", "put", "enter", "insert", "paste",
  "api", "apikey", "key", "keys", "token", "tokens", "secret", "access", "auth", "bearer", "client", "value", "string", "password", "pass",
  "test", "testing", "tests", "demo", "dummy", "fake", "mock", "sample", "example", "placeholder", "replace", "change", "changeme",
  "not", "no", "needed", "required", "used", "unused", "none", "null", "undefined", "empty", "set", "unset", "any", "anything", "ignored",
  "local", "localhost", "dev", "development", "proxy", "default", "temp", "tmp", "todo", "fixme", "foo", "bar", "baz", "qux", "hello", "world",
  "sk", "pk", "proj", "live", "xxx", "qwerty", "asdf", "abc", "xyz",
  "openai", "azure", "anthropic", "claude", "gemini", "google", "groq", "grok", "xai", "mistral", "cohere", "hf", "huggingface",
  "openrouter", "perplexity", "pplx", "together", "deepseek", "ollama", "lm", "lmstudio", "studio", "llm", "llama", "ai", "gpt",
  "chatgpt", "bedrock", "aws", "vllm", "litellm", "fireworks", "replicate",
];

/** Two characters in a keyboard run: `ab`, `12`, `90` (the digit row), `ba`, `aa`. */
function inRun(a: string, b: string, step: number): boolean {
  if (step === 0) return a === b;
  const sameClass = /[a-z]/.test(a) === /[a-z]/.test(b);
  if (!sameClass) return false;
  if (b.charCodeAt(0) - a.charCodeAt(0) === step) return true;
  return step === 1 ? a === "9" && b === "0" : a === "0" && b === "9";
}

/** Whether a run of each step covers all of `chars`. */
function isRun(chars: string): boolean {
  return [1, -1, 0].some((step) => [...chars].every((c, i) => i === 0 || inRun(chars[i - 1], c, step)));
}

/** Whether a lower-case word splits entirely into dummy words and runs of 3+ (`abc123`, `0000`, `token`), or interleaves two runs (`a1b2c3d4`). */
function madeOfDummyWords(word: string): boolean {
  if (word.length >= 6) {
    const even = [...word].filter((_, i) => i % 2 === 0).join("");
    const odd = [...word].filter((_, i) => i % 2 === 1).join("");
    if (isRun(even) && isRun(odd)) return true;
  }
  const reach = new Array<boolean>(word.length + 1).fill(false);
  reach[0] = true;
  for (let i = 0; i < word.length; i++) {
    if (!reach[i]) continue;
    for (const w of DUMMY_WORDS) if (word.startsWith(w, i)) reach[i + w.length] = true;
    for (const step of [1, -1, 0]) {
      let j = i + 1;
      while (j < word.length && inRun(word[j - 1], word[j], step)) j++;
      for (let k = i + 3; k <= j; k++) reach[k] = true;
    }
  }
  return reach[word.length];
}

const DUMMY_MARKER_RE = /dummy|placeholder|unused|not[-_ ]?(needed|used|required|set)|no[-_ ]?key|proxy|fake|example|change[-_ ]?me|replace[-_ ]?(me|with|this)|your[-_ ]?(api[-_ ]?)?key|<[^>]*>|x{6,}|\.\.\./i;

/**
 * A constant apiKey that is plainly not a secret (a proxy's dummy: "not-needed", "proxy", "";
 * a template's `YOUR_OPENAI_API_KEY`, `token-abc123`). Anything else may be a key of a provider
 * whose shape we do not know (Azure's 32 hex digits), so it counts as real.
 */
export function isPlaceholderKey(s: string): boolean {
  const t = s.trim();
  if (t.length < 12 || new Set(t).size < 6) return true;
  if (DUMMY_MARKER_RE.test(t)) return true;
  if (t.length > 200) return false;
  const words = t.toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
  return words.length > 0 && words.every(madeOfDummyWords);
}

/**
 * A credential of no published shape that still looks generated. Judged on its body, the longest
 * part between `-`, `_`, `.` or `:` (a prefix such as `sk-ant-api03-` is a label, and
 * `sk-ant-api03-abcdef1234567890` is a placeholder however random its prefix makes it look):
 * 16 to 200 characters with no spaces, letters and digits mixed, at least 3.5 bits of entropy per
 * character (a random 32-character body has about 4.5, a word or a keyboard run far less), and
 * not made of dummy words and runs.
 */
export function looksGenerated(key: string): boolean {
  if (/\s/.test(key) || isPlaceholderKey(key)) return false;
  const s = key.split(/[-_.:]/).reduce((a, b) => (b.length > a.length ? b : a), "");
  if (s.length < 16 || s.length > 200 || isPlaceholderKey(s)) return false;
  if (!/[a-zA-Z]/.test(s) || !/\d/.test(s)) return false;
  const counts = new Map<string, number>();
  for (const c of s) counts.set(c, (counts.get(c) ?? 0) + 1);
  let bits = 0;
  for (const n of counts.values()) bits -= (n / s.length) * Math.log2(n / s.length);
  return bits >= 3.5;
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
