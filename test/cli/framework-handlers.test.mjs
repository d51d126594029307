// Request sources of the server frameworks (issue 10): what a run counts as request handlers on the
// annotated fixtures (the findings themselves are checked by test/fixtures.test.mjs), and the
// `parameter` row kind written by a user in .llmsaferc.json, as the CLI sees them.
import assert from "node:assert/strict";
import { describe, test } from "node:test";
import { join } from "node:path";
import { llmsafe, project, REPO } from "./helpers.mjs";

const FRAMEWORKS = join(REPO, "test-fixtures", "frameworks");

describe("server framework handlers", () => {
  test("each registration is one understood request handler; look-alikes are none", () => {
    const dirs = ["trpc", "orpc", "elysia", "hapi", "qwik", "solidstart", "nestjs", "cloud-functions", "fastify"];
    const r = llmsafe([...dirs.map((d) => join(FRAMEWORKS, d)), "--format", "json"]);
    assert.equal(r.code, 1, r.stderr);
    const handlers = Object.fromEntries(JSON.parse(r.stdout).map((f) => [f.filePath.slice(FRAMEWORKS.length + 1), f.llmsafe.understood.handlers.map((h) => h.line)]));
    assert.deepEqual(handlers, {
      "cloud-functions/azure.ts": [7, 26],
      "cloud-functions/gcf.ts": [7],
      // A default-exported function is analysed with its typed request, but is no registration.
      "cloud-functions/vercel-edge.ts": [],
      "cloud-functions/vercel-node.ts": [],
      // `new Elysia().post(...).get(...)`: two registrations on one chain, counted apart.
      "elysia/lookalike.ts": [],
      "elysia/server.ts": [9, 21, 33],
      // A plugin's `fastify: FastifyInstance` parameter is the app.
      "fastify/routes.ts": [9, 22, 37],
      "hapi/server.ts": [9, 26, 42],
      // Methods with a decorated parameter; `defaultDigest()` has none.
      "nestjs/src/chat/chat.controller.ts": [16, 22, 35, 48],
      "nestjs/src/chat/chat.dto.ts": [],
      "nestjs/src/chat/chat.service.ts": [],
      "nestjs/src/lookalike/jobs.ts": [],
      "orpc/router.ts": [10, 30],
      "qwik/src/routes/chat/index.tsx": [8, 21, 38],
      "qwik/src/routes/chat/lookalike.ts": [],
      "solidstart/src/routes/api/chat.ts": [7],
      "solidstart/src/routes/chat.tsx": [8, 24],
      "trpc/server/assistant.ts": [17, 32, 44, 57],
      "trpc/server/lookalike.ts": [],
      "trpc/server/trpc.ts": [],
    });
    const total = Object.values(handlers).reduce((n, h) => n + h.length, 0);
    assert.match(llmsafe(dirs.map((d) => join(FRAMEWORKS, d))).stdout, new RegExp(`, ${total} request handlers`));
  });

  test("a parameter row in .llmsaferc.json makes a decorator of the user's framework a source, only from its package", () => {
    const handler = (from) => `import OpenAI from "openai";
import { Command, Arg } from "${from}";

const openai = new OpenAI();

export class PersonaCommands {
  @Command("persona")
  async persona(@Arg("name") name: string) {
    const r = await openai.chat.completions.create({
      model: "gpt-4o-mini",
      messages: [{ role: "system", content: \`You are \${name}.\` }, { role: "user", content: "Hi" }],
    });
    return r.choices[0].message.content;
  }
}
`;
    const root = project({
      ".llmsaferc.json": JSON.stringify({ models: [{ kind: "parameter", callee: "chat-commands:Arg", by: "decorator", role: "untrusted", label: "command argument" }] }),
      "src/commands.ts": handler("chat-commands"),
      "src/other.ts": handler("./decorators"),
      "src/decorators.ts": `export const Command = (_: string): MethodDecorator => () => undefined;
export const Arg = (_: string): ParameterDecorator => () => undefined;
`,
    });
    const r = llmsafe(["src", "--format", "json"], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const found = JSON.parse(r.stdout).flatMap((f) => f.messages.map((m) => `${f.filePath.slice(root.length + 1)}:${m.line} ${m.ruleId} ${m.message.split(" flows")[0]}`));
    assert.deepEqual(found, ['src/commands.ts:11 system-prompt-injection Command argument `@Arg("name") name` (sent by the client)']);
  });
});
