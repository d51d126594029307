// lethal-trifecta-agent as a user of the CLI sees it: one finding per agent at the tool set, whose
// related locations (JSON) name the three tools, in their own files, and the call giving each leg.
import assert from "node:assert/strict";
import { rmSync } from "node:fs";
import { test } from "node:test";
import { llmsafe, project } from "./helpers.mjs";

test("the finding is at the agent, with each tool and the call that gives its leg as related locations", () => {
  const root = project({
    "tools/web.ts": `import { tool } from "ai";
import { z } from "zod";
export const openLink = tool({
  inputSchema: z.object({ url: z.string() }),
  execute: async ({ url }) => (await fetch(url)).text(),
});
`,
    "tools/crm.ts": `import { tool } from "ai";
import { z } from "zod";
import { PrismaClient } from "@prisma/client";
const prisma = new PrismaClient();
export const findCustomer = tool({
  inputSchema: z.object({ email: z.string() }),
  execute: async ({ email }) => prisma.customer.findFirst({ where: { email } }),
});
`,
    "tools/mail.ts": `import { tool } from "ai";
import { z } from "zod";
import nodemailer from "nodemailer";
const transport = nodemailer.createTransport({ host: "smtp.example.com" });
export const mail = tool({
  inputSchema: z.object({ to: z.string(), text: z.string() }),
  execute: async ({ to, text }) => transport.sendMail({ from: "bot@example.com", to, subject: "Hi", text }),
});
`,
    "agent.ts": `import { ToolLoopAgent } from "ai";
import { openLink } from "./tools/web";
import { findCustomer } from "./tools/crm";
import { mail } from "./tools/mail";

export const agent = new ToolLoopAgent({ model: "openai/gpt-5", tools: { openLink, findCustomer, mail } });
`,
  });
  try {
    const r = llmsafe(["--no-config", "-f", "json", "--rule", "excessive-agency-tool:off", "--rule", "llm-output-ssrf:off", "."], { cwd: root });
    assert.equal(r.code, 1, r.stderr);
    const findings = JSON.parse(r.stdout).flatMap((f) => f.messages.map((m) => ({ ...m, filePath: f.filePath })));
    const trifecta = findings.filter((m) => m.ruleId === "lethal-trifecta-agent");
    assert.equal(trifecta.length, 1, JSON.stringify(findings, null, 2));
    const [f] = trifecta;
    assert.ok(f.filePath.endsWith("agent.ts"));
    assert.equal(f.line, 6);
    assert.equal(f.severity, 2);
    const related = f.relatedLocations.map((l) => `${l.file.split("/").slice(-2).join("/")}:${l.line} ${l.description}`);
    assert.deepEqual(related, [
      "tools/web.ts:3 `openLink` reads external content",
      "tools/web.ts:5 `openLink`: fetches any URL the model names",
      "tools/crm.ts:5 `findCustomer` reaches private data",
      "tools/crm.ts:7 `findCustomer`: queries a database",
      "tools/mail.ts:5 `mail` can send data out",
      "tools/mail.ts:7 `mail`: sends email",
    ]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
