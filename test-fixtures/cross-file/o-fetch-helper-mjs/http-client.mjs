// http-client.mjs: small HTTP helpers shared by the research agents.
const USER_AGENT = "research-bot/1.0 (+https://example.com/bot)";

export async function getText(url) {
  // llmsafe-expect-clean: llm-output-ssrf
  const res = await fetch(url, { headers: { "User-Agent": USER_AGENT } });
  return (await res.text()).slice(0, 50_000);
}

export async function searchDocs(query) {
  // llmsafe-expect-clean: llm-output-ssrf
  const res = await fetch(`https://docs-search.example.com/api/search?q=${encodeURIComponent(query)}`, {
    headers: { "User-Agent": USER_AGENT },
  });
  return res.json();
}

export default { getText, searchDocs };
