// A Cloudflare Worker in plain JavaScript: nothing says `request` is a Request but the export.
export default {
  async fetch(incoming, env) {
    const { tone, question } = await incoming.json();
    const res = await fetch("https://api.openai.com/v1/chat/completions", {
      method: "POST",
      headers: { Authorization: `Bearer ${env.OPENAI_API_KEY}`, "Content-Type": "application/json" },
      body: JSON.stringify({
        model: "gpt-4o",
        messages: [
          // llmsafe-expect: system-prompt-injection
          { role: "system", content: `Answer in a ${tone} tone.` },
          // llmsafe-expect-clean: system-prompt-injection
          { role: "user", content: question },
        ],
      }),
    });
    return new Response(res.body);
  },
};
