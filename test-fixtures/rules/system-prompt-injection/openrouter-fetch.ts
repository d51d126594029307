// A provider's OpenAI-style REST endpoint called with fetch: no SDK, no provider name the
// old prefilter knew, only the `/chat/completions` path.
export async function POST(req: Request) {
  const { persona, question } = await req.json();
  const upstream = await fetch("https://openrouter.ai/api/v1/chat/completions", {
    method: "POST",
    headers: { Authorization: `Bearer ${process.env.OPENROUTER_API_KEY}`, "Content-Type": "application/json" },
    body: JSON.stringify({
      model: "meta-llama/llama-3.1-70b-instruct",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: question },
      ],
    }),
  });
  return Response.json(await upstream.json());
}
