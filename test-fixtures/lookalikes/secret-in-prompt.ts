// lookalikes/secret-in-prompt.ts: environment values and credentials near prompts.
import OpenAI from "openai";
import { Agent } from "@openai/agents";
import { generateText } from "ai";
import { openai as openaiProvider } from "@ai-sdk/openai";
import { withContact, withCredentials } from "./lib/creds";

const openai = new OpenAI({
  // llmsafe-expect-clean: secret-in-prompt
  apiKey: process.env.OPENAI_API_KEY,
  // llmsafe-expect-clean: secret-in-prompt, client-exposed-api-key
  baseURL: process.env.OPENAI_BASE_URL,
});
const RULES = "You are the Acme developer assistant.";
const { GITHUB_TOKEN: ghToken, SEO_KEYWORDS } = process.env;
const settings = {
  region: process.env.AWS_REGION ?? "eu-west-1",
  sentryDsn: process.env.SENTRY_DSN ?? "",
  slackSigningSecret: process.env.SLACK_SIGNING_SECRET ?? "",
};

// ---- look dangerous, are safe -------------------------------------------------------------

export async function tokenBudget(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    // llmsafe-expect-clean: secret-in-prompt
    max_tokens: Number(process.env.MAX_TOKENS ?? 400),
    messages: [
      // llmsafe-expect-clean: secret-in-prompt
      { role: "system", content: `${RULES} Keep answers under ${process.env.MAX_TOKENS ?? 400} tokens.` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function passwordPolicy(question: string) {
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // Engine: the *PASSWORD* name pattern also matches a length setting.
    // llmsafe-expect-clean: secret-in-prompt
    system: `${RULES} Passwords must be at least ${process.env.PASSWORD_MIN_LENGTH ?? 12} characters.`,
    prompt: question,
  });
  return text;
}

export async function seoCopy(question: string) {
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // Engine: the *KEY* name pattern also matches SEO_KEYWORDS.
    // llmsafe-expect-clean: secret-in-prompt
    system: `${RULES} Work these keywords into the copy: ${SEO_KEYWORDS}.`,
    prompt: question,
  });
  return text;
}

export async function featureFlag(question: string) {
  const githubEnabled = Boolean(ghToken);
  const agent = new Agent({
    name: "Dev assistant",
    // llmsafe-expect-clean: secret-in-prompt
    instructions: `${RULES} GitHub integration: ${githubEnabled ? "on" : "off"}. Base URL: ${process.env.OPENAI_BASE_URL}.`,
  });
  return agent;
}

export async function tokenInHeaderOnly(repo: string) {
  const readme = await fetch(`https://api.github.com/repos/${encodeURIComponent(repo)}/readme`, {
    // llmsafe-expect-clean: secret-in-prompt
    headers: { Authorization: `Bearer ${ghToken}`, Accept: "application/vnd.github.raw" },
  }).then((r) => r.text());
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    system: RULES,
    // llmsafe-expect-clean: secret-in-prompt
    messages: [{ role: "user", content: `<readme>\n${readme}\n</readme>\nSummarize this README.` }],
  });
  return text;
}

export async function contactHelper(question: string) {
  const agent = new Agent({
    name: "Support",
    // llmsafe-expect-clean: secret-in-prompt
    instructions: withContact(RULES, process.env.SUPPORT_EMAIL ?? "help@acme.dev"),
  });
  return { agent, question };
}

// ---- look safe, are dangerous -------------------------------------------------------------

export async function renamedDestructure(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: secret-in-prompt
      { role: "system", content: `${RULES} Use the GitHub API with token ${ghToken} to look up issues.` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function envDump(question: string) {
  const env = Object.entries(process.env)
    .map(([k, v]) => `${k}=${v}`)
    .join("\n");
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // "Give the debugger the full environment so it can spot misconfiguration."
    // Every variable, API keys included.
    // llmsafe-expect: secret-in-prompt
    system: `${RULES} Diagnose configuration problems. Environment:\n${env}`,
    prompt: question,
  });
  return text;
}

export async function envNamesOnly(question: string) {
  const flags = Object.keys(process.env).filter((k) => k.startsWith("FEATURE_")).join(", ");
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // Only the names of the variables, no values.
    // llmsafe-expect-clean: secret-in-prompt
    system: `${RULES} Enabled feature flags: ${flags}`,
    prompt: question,
  });
  return text;
}

export async function configStringified(question: string) {
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: secret-in-prompt
    system: `${RULES} Current settings: ${JSON.stringify(settings)}`,
    prompt: question,
  });
  return text;
}

export async function nullishAndString(question: string) {
  const dbPassword = String(process.env.DB_PASSWORD ?? "");
  const response = await openai.responses.create({
    model: "gpt-4.1-mini",
    // llmsafe-expect: secret-in-prompt
    instructions: `${RULES} Connect with: psql "postgres://app:${dbPassword}@db.internal/app"`,
    input: question,
  });
  return response.output_text;
}

export async function credentialsHelper(question: string) {
  const agent = new Agent({
    name: "Deployer",
    instructions: withCredentials(
      RULES,
      // llmsafe-expect: secret-in-prompt
      process.env.VERCEL_TOKEN ?? "",
    ),
  });
  return { agent, question };
}

export async function userMessageToo(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      { role: "system", content: RULES },
      // llmsafe-expect: secret-in-prompt
      { role: "user", content: `${question}\n\n(Slack signing secret for verification: ${settings.slackSigningSecret})` },
    ],
  });
  return completion.choices[0].message.content;
}

export async function bracketAccess(question: string) {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: secret-in-prompt
      { role: "system", content: `${RULES} Database password: ${process.env["DB_PASSWORD"]}` },
      { role: "user", content: question },
    ],
  });
  return completion.choices[0].message.content;
}

export async function aliasedEnv(question: string) {
  const env = process.env;
  const { text } = await generateText({
    model: openaiProvider("gpt-4o-mini"),
    // llmsafe-expect: secret-in-prompt
    system: `${RULES} Stripe key for lookups: ${env.STRIPE_SECRET_KEY}`,
    prompt: question,
  });
  return text;
}
