// @openai/agents (and @openai/guardrails' Agent, a drop-in): Agent instructions, tools, run().
import type { Model } from "../engine/model";

export const openaiAgentsModel: Model = {
  name: "@openai/agents",
  rows: [
    { kind: "llm-call", provider: "openai-agents", result: "client", callee: ["@openai/agents*:Agent", "@openai/guardrails:Agent"], channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.handoffDescription", as: "instruction" }] },
    // The agent brings its instructions to every run: a client-held input list competes with them.
    { kind: "llm-call", provider: "openai-agents", callee: ["@openai/agents*:run", "@openai/agents*:Runner().run"], channels: [{ at: "1", as: "input" }], instructed: true },
    // Message helpers: run(agent, [user(text)]) sends the text as a user turn.
    { kind: "message", callee: "@openai/agents*:user", role: "user", content: "0" },
    { kind: "message", callee: "@openai/agents*:system", role: "system", content: "0" },
    { kind: "message", callee: "@openai/agents*:assistant", role: "assistant", content: "0" },
    { kind: "tool-set", callee: ["@openai/agents*:{Agent,Agent.create}", "@openai/guardrails:Agent", "@openai/agents{/realtime,-realtime}:RealtimeAgent"], tools: ["0.tools"] },
    { kind: "tool", callee: "@openai/agents*:tool", handler: "0.execute", approval: "0.needsApproval", schema: ["0.parameters"] },
    // A local MCP server: an agent given it in `mcpServers` gets all its tools unless `toolFilter` narrows them.
    { kind: "mcp-server", callee: "@openai/agents*:MCPServerStdio", config: "0", narrowedBy: ["toolFilter"] },
    { kind: "mcp-launch", callee: "@openai/agents*:MCPServerStdio", config: "0" },
    // What the model reads about a tool steers when and how it calls it: an instruction channel.
    { kind: "llm-call", provider: "openai-agents", result: "client", callee: ["@openai/agents*:tool", "@openai/guardrails:tool"], channels: [{ at: "0.description", as: "instruction" }] },
    { kind: "llm-call", provider: "openai-agents", result: "client", callee: ["@openai/agents*:Agent().asTool", "@openai/guardrails:Agent().asTool"], channels: [{ at: "0.toolDescription", as: "instruction" }] },
    // Realtime voice agents (@openai/agents/realtime, @openai/agents-realtime): the agent's instructions,
    // and those a transport sends as a session or response update (the RealtimeSession's own
    // `config.instructions` is replaced by its agent's, so it is no channel).
    { kind: "llm-call", provider: "openai-realtime", result: "client", callee: "@openai/agents{/realtime,-realtime}:RealtimeAgent", channels: [{ at: "0.instructions", as: "instruction" }, { at: "0.handoffDescription", as: "instruction" }] },
    {
      kind: "llm-call", provider: "openai-realtime", result: "client",
      callee: ["@openai/agents{/realtime,-realtime}:{OpenAIRealtimeWebRTC,OpenAIRealtimeWebSocket,OpenAIRealtimeSIP}().updateSessionConfig", "@openai/agents{/realtime,-realtime}:RealtimeSession().transport.updateSessionConfig"],
      channels: [{ at: "0.instructions", as: "instruction" }],
    },
    {
      kind: "llm-call", provider: "openai-realtime", result: "client",
      callee: ["@openai/agents{/realtime,-realtime}:{OpenAIRealtimeWebRTC,OpenAIRealtimeWebSocket,OpenAIRealtimeSIP}().sendEvent", "@openai/agents{/realtime,-realtime}:RealtimeSession().transport.sendEvent"],
      channels: [{ at: "0.session.instructions", as: "instruction" }, { at: "0.response.instructions", as: "instruction" }],
    },
    // GuardrailAgent.create(config, name, instructions).
    { kind: "llm-call", provider: "openai-agents", result: "client", callee: "@openai/guardrails:GuardrailAgent.create", channels: [{ at: "2", as: "instruction" }, { at: "2.instructions", as: "instruction" }] },
  ],
};
