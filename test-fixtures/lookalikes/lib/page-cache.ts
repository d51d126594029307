// lookalikes/lib/page-cache.ts: loads third-party pages the assistants read.
const POLICY_URL = "https://partner.example.net/policies/returns.md";

export async function loadPartnerPolicy(): Promise<string> {
  const res = await fetch(POLICY_URL);
  return res.text();
}

export async function partnerPolicyIsLive(): Promise<boolean> {
  const res = await fetch(POLICY_URL, { method: "HEAD" });
  return res.ok;
}
