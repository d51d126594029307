// A job runner of the app's own with decorators named like NestJS's: `Body` here marks the
// job's payload, which the app builds itself, so these parameters are no request data.
import OpenAI from "openai";

const openai = new OpenAI();

function Body(): ParameterDecorator {
  return () => undefined;
}

function Job(name: string): MethodDecorator {
  return () => void name;
}

export class DigestJobs {
  @Job("weekly")
  async weekly(@Body() team: string) {
    const completion = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [
        // llmsafe-expect-clean: system-prompt-injection
        { role: "system", content: `Write the weekly digest for ${team}.` },
        { role: "user", content: "Digest, please." },
      ],
    });
    return completion.choices[0].message.content;
  }
}
