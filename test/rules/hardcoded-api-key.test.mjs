// hardcoded-api-key on client set-up code: key literals are flagged (masked in the message), keys
// read from the environment and obvious placeholders are not.
import { RuleTester, ruleById } from "../rule-tester.mjs";

// Fake keys, shaped like real ones, built here so no key-shaped literal sits in this file.
const OPENAI_KEY = ["sk-", "FAKEfake0123FAKEfake", "T3BlbkFJ", "3210ekafEKAF3210ekaf"].join("");
const ANTHROPIC_KEY = ["sk-ant-api03-", "FAKEfake0123456789".repeat(5), "-Zq", "AA"].join("");

new RuleTester().run("hardcoded-api-key", ruleById("hardcoded-api-key"), {
  valid: [
    `import OpenAI from "openai";
export const client = new OpenAI({ apiKey: process.env.OPENAI_API_KEY });`,
    // Placeholders in examples and docs are not keys.
    `import OpenAI from "openai";
export const client = new OpenAI({ apiKey: "sk-your-key-here" });`,
  ],
  invalid: [
    {
      code: `import OpenAI from "openai";
export const chatClient = new OpenAI({
  apiKey: "${OPENAI_KEY}",
});`,
      errors: [{ line: 3, column: 12, message: "is hard-coded" }],
    },
    {
      name: "two providers in a plain JavaScript config module",
      filename: "config.js",
      code: `const Anthropic = require("@anthropic-ai/sdk");
const OpenAI = require("openai");
module.exports = {
  anthropic: new Anthropic({ apiKey: process.env.ANTHROPIC_API_KEY || "${ANTHROPIC_KEY}" }),
  openai: new OpenAI({ apiKey: "${OPENAI_KEY}" }),
};`,
      errors: [{ line: 4, message: "process.env.ANTHROPIC_API_KEY" }, { line: 5, message: "process.env.OPENAI_API_KEY" }],
    },
  ],
});
