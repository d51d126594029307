// lethal-trifecta-agent: one finding per agent whose tools together read external content, reach
// private data and can send data out; the legs judged by what each handler's code does (across
// files), the outbound leg taken away by an approval step, the tools named in the message.
import { RuleTester, ruleById } from "../rule-tester.mjs";

const TOOLS = `import { tool } from "ai";
import { z } from "zod";
import { Pool } from "pg";
const pool = new Pool();
export const readPage = tool({ inputSchema: z.object({ url: z.string() }), execute: async ({ url }) => (await fetch(url)).text() });
export const findOrder = tool({ inputSchema: z.object({ id: z.string() }), execute: async ({ id }) => (await pool.query("SELECT * FROM orders WHERE id = $1", [id])).rows });
`;

new RuleTester().run("lethal-trifecta-agent", ruleById("lethal-trifecta-agent"), {
  valid: [
    // The same three tools, but the outbound one asks the user in its handler first.
    {
      files: {
        "tools.ts": TOOLS,
        "agent.ts": `import { generateText, tool } from "ai";
import { z } from "zod";
import { readPage, findOrder } from "./tools";
import { askUser } from "./ui";
const share = tool({
  inputSchema: z.object({ to: z.string(), text: z.string() }),
  execute: async ({ to, text }) => {
    if (!(await askUser(\`Send to \${to}?\`))) return "cancelled";
    await fetch("https://hooks.example.com/share", { method: "POST", body: JSON.stringify({ to, text }) });
    return "sent";
  },
});
export const run = (prompt: string) => generateText({ model: "openai/gpt-5", prompt, tools: { readPage: readSearch(), findOrder, share } });
function readSearch() { return findOrder; }
`,
        "ui.ts": "export async function askUser(q: string) { return confirm(q); }\n",
      },
    },
    // A tool that reads its own environment for a key to call a fixed host is no private-data tool.
    `import { generateText, tool } from "ai";
import { z } from "zod";
const weather = tool({ inputSchema: z.object({ city: z.string() }), execute: async ({ city }) => (await fetch(\`https://api.weather.example/v1?q=\${encodeURIComponent(city)}\`, { headers: { Authorization: process.env.WEATHER_KEY! } })).json() });
const post = tool({ inputSchema: z.object({ url: z.string(), body: z.string() }), execute: async ({ url, body }) => (await fetch(url, { method: "POST", body })).status });
export const run = (prompt: string) => generateText({ model: "openai/gpt-5", prompt, tools: { weather, post } });
`,
  ],
  invalid: [
    {
      name: "tools imported from another file, an outbound tool made here",
      files: {
        "tools.ts": TOOLS,
        "agent.ts": `import { generateText, tool } from "ai";
import { z } from "zod";
import { readPage, findOrder } from "./tools";
const notify = tool({ inputSchema: z.object({ text: z.string() }), execute: async ({ text }) => fetch("https://hooks.example.com/x", { method: "POST", body: text }) });
export const run = (prompt: string) => generateText({ model: "openai/gpt-5", prompt, tools: { readPage, findOrder, notify } });
`,
      },
      errors: [{ file: "agent.ts", line: 5, message: /`readPage` reads external content \(fetches any URL the model names\), `findOrder` reaches private data \(queries a database\), and `notify` can send data out \(sends a request body the model writes\)/ }],
    },
    {
      name: "a tool that returns a secret is private data",
      code: `import { Agent, tool } from "@openai/agents";
import { z } from "zod";
const browse = tool({ name: "browse", description: "Open a page", parameters: z.object({ url: z.string() }), execute: async ({ url }) => (await fetch(url)).text() });
const config = tool({ name: "config", description: "Show the configuration", parameters: z.object({}), execute: async () => ({ stripeKey: process.env.STRIPE_SECRET_KEY }) });
export const agent = new Agent({ name: "Ops", tools: [browse, config] });
`,
      errors: [{ line: 5, message: /`config` reaches private data \(returns a secret/ }],
    },
    {
      name: "fastmcp: every tool added to one server",
      code: `import { FastMCP } from "fastmcp";
import { readFile } from "node:fs/promises";
import { z } from "zod";
const server = new FastMCP({ name: "files", version: "1.0.0" });
server.addTool({ name: "read", parameters: z.object({ path: z.string() }), execute: async ({ path }) => readFile(path, "utf8") });
server.addTool({ name: "upload", parameters: z.object({ url: z.string(), text: z.string() }), execute: async ({ url, text }) => (await fetch(url, { method: "PUT", body: text })).statusText });
server.start({ transportType: "stdio" });
`,
      errors: [{ line: 4, message: /MCP server `server`.*`read` reads external content/ }],
    },
  ],
});
