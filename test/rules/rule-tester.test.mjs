// The rule tester itself: a case that does not hold fails, with a message saying why.
import assert from "node:assert/strict";
import { test } from "node:test";
import { checkInvalid, checkValid, ruleById } from "../rule-tester.mjs";

const rule = ruleById("system-prompt-injection");
const ROUTE = `import { generateText } from "ai";
import { openai } from "@ai-sdk/openai";
export async function POST(req: Request) {
  const { persona } = await req.json();
  const { text } = await generateText({ model: openai("gpt-4o-mini"), system: persona, prompt: "Say hello." });
  return Response.json({ text });
}`;

test("a case that holds passes", () => {
  checkInvalid(rule, { code: ROUTE, errors: [{ line: 5, column: 79, message: "flows into the system of `generateText`" }] });
  checkValid(rule, ROUTE.replace("system: persona", 'system: "You are terse."'));
});

test("a valid case the rule reports on fails", () => {
  assert.throws(() => checkValid(rule, ROUTE), /reported on a valid case[^]*file\.ts:5:79/);
});

test("an invalid case fails on a wrong line, column, message or file, or a missing or extra error", () => {
  const wrong = [
    [{ line: 4 }], [{ line: 5, column: 78 }], [{ line: 5, message: "secret" }], [{ line: 5, message: /^Model output/ }],
    [{ line: 5, file: "other.ts" }], [{ line: 5 }, { line: 6 }],
  ];
  for (const errors of wrong) assert.throws(() => checkInvalid(rule, { code: ROUTE, errors }), assert.AssertionError, JSON.stringify(errors));
  assert.throws(() => checkInvalid(rule, { code: ROUTE.replace("system: persona", 'system: "You are terse."'), errors: [{ line: 5 }] }), /expected 1 finding\(s\), got 0/);
  assert.throws(() => checkInvalid(rule, { code: ROUTE, errors: [] }), /lists the errors it expects/);
});

test("code that does not parse fails instead of passing as valid", () => {
  assert.throws(() => checkValid(rule, "export const x = ;"), /parse-error/);
});
