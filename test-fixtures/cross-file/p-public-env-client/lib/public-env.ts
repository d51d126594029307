// lib/public-env.ts: env values the client components may read (Next.js inlines NEXT_PUBLIC_*).
// llmsafe-expect-clean: client-exposed-api-key
export const APP_NAME = process.env.NEXT_PUBLIC_APP_NAME ?? "Acme";
// llmsafe-expect-clean: client-exposed-api-key
export const POSTHOG_KEY = process.env.NEXT_PUBLIC_POSTHOG_KEY ?? "";
// llmsafe-expect: client-exposed-api-key
export const OPENAI_KEY = process.env.NEXT_PUBLIC_OPENAI_API_KEY ?? "";

export const publicEnv = {
  // llmsafe-expect: client-exposed-api-key
  groqKey: process.env.NEXT_PUBLIC_GROQ_API_KEY,
  // llmsafe-expect-clean: client-exposed-api-key
  chatModel: process.env.NEXT_PUBLIC_CHAT_MODEL ?? "gpt-4o-mini",
};
