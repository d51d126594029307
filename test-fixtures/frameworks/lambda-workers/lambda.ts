// An AWS Lambda behind API Gateway.
import OpenAI from "openai";

const client = new OpenAI();
const PROMPT = "You are the Acme travel assistant.";

export const handler = async (event) => {
  const body = JSON.parse(event.body ?? "{}");
  const lang = event.queryStringParameters?.lang ?? "English";
  const completion = await client.chat.completions.create({
    model: "gpt-4o",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${PROMPT} Reply in ${lang}. ${body.extra}` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: body.question },
    ],
  });
  return { statusCode: 200, body: JSON.stringify({ answer: completion.choices[0].message.content }) };
};
