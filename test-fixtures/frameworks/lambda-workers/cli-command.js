// commands/draft.js: a yargs command module. Its `handler(argv)` gets the operator's command line,
// not an API Gateway event, though it is exported as `handler` like a Lambda's.
const OpenAI = require("openai");

const openai = new OpenAI();

exports.command = "draft <topic>";
exports.describe = "Draft a blog post about <topic>";
exports.builder = (yargs) => yargs.option("voice", { type: "string", default: "friendly" });

exports.handler = async (argv) => {
  const completion = await openai.chat.completions.create({
    model: "gpt-4o-mini",
    messages: [
      // llmsafe-expect-clean: system-prompt-injection
      { role: "system", content: `Write in a ${argv.voice} voice.` },
      { role: "user", content: `Draft a post about ${argv.topic}.` },
    ],
  });
  console.log(completion.choices[0].message.content);
};
