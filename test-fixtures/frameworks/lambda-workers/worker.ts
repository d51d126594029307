// A Cloudflare Worker.
import OpenAI from "openai";

export default {
  async fetch(request: Request, env: { OPENAI_API_KEY: string }) {
    const client = new OpenAI({ apiKey: env.OPENAI_API_KEY });
    const { persona, question } = await request.json();
    const completion = await client.chat.completions.create({
      model: "gpt-4o",
      messages: [
        // llmsafe-expect: system-prompt-injection
        { role: "system", content: `You are ${persona}.` },
        // llmsafe-expect-clean: system-prompt-injection
        { role: "user", content: question },
      ],
    });
    return Response.json({ answer: completion.choices[0].message.content });
  },
};
