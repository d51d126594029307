// One module, several Lambda functions wired by the stack (each export is its own function), so
// none is called `handler`: what makes each a request handler is its event's declared type.
import type { APIGatewayProxyEventV2, LambdaFunctionURLEvent, ScheduledEvent, SQSEvent } from "aws-lambda";
import OpenAI from "openai";

const openai = new OpenAI();
const HOUSE = "You are the recipe assistant of a cooking site. Answer in under 120 words.";

export const askChef = async (event: APIGatewayProxyEventV2) => {
  const input = JSON.parse(event.body ?? "{}");
  const reply = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect: system-prompt-injection
      { role: "system", content: `${HOUSE} The diner's dietary notes: ${input.diet}` },
      // llmsafe-expect-clean: system-prompt-injection
      { role: "user", content: String(input.question) },
    ],
  });
  return { statusCode: 200, body: JSON.stringify({ answer: reply.choices[0].message.content }) };
};

export async function suggestByUrl(event: LambdaFunctionURLEvent) {
  const cuisine = event.queryStringParameters?.cuisine ?? "any";
  const reply = await openai.responses.create({
    model: "gpt-4o-mini",
    // llmsafe-expect: system-prompt-injection
    instructions: `${HOUSE} Only suggest ${cuisine} dishes.`,
    input: "Suggest a dish for tonight.",
  });
  return { statusCode: 200, body: reply.output_text };
}

// Look-alikes: a schedule and a queue are not a client's request.
export const nightlyDigest = async (event: ScheduledEvent) => {
  const reply = await openai.responses.create({
    model: "gpt-4o-mini",
    // llmsafe-expect-clean: system-prompt-injection
    instructions: `${HOUSE} Today is ${event.time}.`,
    input: "Write tonight's digest of new recipes.",
  });
  return reply.output_text;
};

export const fromQueue = async (event: SQSEvent) => {
  for (const record of event.Records) {
    await openai.responses.create({
      model: "gpt-4o-mini",
      // llmsafe-expect-clean: system-prompt-injection
      instructions: `${HOUSE} Batch ${record.messageId}.`,
      input: "Summarise the batch.",
    });
  }
};
