// servers/admin.ts: MCP server for the internal admin assistant (Prisma, Slack).
import { McpServer } from "@modelcontextprotocol/sdk/server/mcp.js";
import { StdioServerTransport } from "@modelcontextprotocol/sdk/server/stdio.js";
import { PrismaClient } from "@prisma/client";
import { WebClient } from "@slack/web-api";
import { z } from "zod";

const prisma = new PrismaClient();
const slack = new WebClient(process.env.SLACK_BOT_TOKEN);
// Slack history (other people's messages), the user table and posting to Slack on one server.
// llmsafe-expect: lethal-trifecta-agent
const server = new McpServer({ name: "admin", version: "2.0.0" });

// llmsafe-expect: excessive-agency-tool
server.tool("delete_user", "Permanently delete a user account", { userId: z.string() }, async ({ userId }) => {
  await prisma.user.delete({ where: { id: userId } });
  return { content: [{ type: "text", text: `deleted ${userId}` }] };
});

// llmsafe-expect: excessive-agency-tool
server.tool("purge_inactive", { days: z.number().int().min(90) }, async ({ days }) => {
  const cutoff = new Date(Date.now() - days * 86_400_000);
  const { count } = await prisma.user.deleteMany({ where: { lastSeenAt: { lt: cutoff } } });
  return { content: [{ type: "text", text: `${count} users deleted` }] };
});

// llmsafe-expect: excessive-agency-tool
server.registerTool(
  "post_to_slack",
  {
    title: "Post to Slack",
    description: "Post a message to a Slack channel",
    inputSchema: { channel: z.string(), text: z.string() },
  },
  async ({ channel, text }) => {
    const res = await slack.chat.postMessage({ channel, text });
    return { content: [{ type: "text", text: `posted at ${res.ts}` }] };
  },
);

// llmsafe-expect-clean: excessive-agency-tool
server.registerTool(
  "list_users",
  { description: "List users who signed up since a date", inputSchema: { since: z.string().datetime() } },
  async ({ since }) => {
    const users = await prisma.user.findMany({
      where: { createdAt: { gte: new Date(since) } },
      select: { id: true, email: true },
      take: 100,
    });
    return { content: [{ type: "text", text: JSON.stringify(users) }] };
  },
);

// llmsafe-expect-clean: excessive-agency-tool
server.registerTool(
  "slack_channel_history",
  { description: "Read the latest messages of a Slack channel", inputSchema: { channel: z.string() } },
  async ({ channel }) => {
    const res = await slack.conversations.history({ channel, limit: 20 });
    return { content: [{ type: "text", text: (res.messages ?? []).map((m) => m.text).join("\n") }] };
  },
);

// The handler asks the operator through MCP elicitation before deleting anything.
// llmsafe-expect-clean: excessive-agency-tool
server.registerTool(
  "delete_user_confirmed",
  { description: "Delete a user account after the operator confirms", inputSchema: { userId: z.string() } },
  async ({ userId }) => {
    const answer = await server.server.elicitInput({
      message: `Delete user ${userId}? This cannot be undone.`,
      requestedSchema: {
        type: "object",
        properties: { confirm: { type: "boolean", title: "Delete this user" } },
        required: ["confirm"],
      },
    });
    if (answer.action !== "accept" || answer.content?.confirm !== true) {
      return { content: [{ type: "text", text: "Cancelled by the operator." }] };
    }
    await prisma.user.delete({ where: { id: userId } });
    return { content: [{ type: "text", text: `deleted ${userId}` }] };
  },
);

await server.connect(new StdioServerTransport());
