import { maskSecret } from "../server/src/engine/rule-api";
import { defineRule } from "./define";

export default defineRule({
  id: "unpinned-mcp-server",
  meta: {
    description: "Report MCP servers started from a registry without a pinned version (npx -y pkg, pkg@latest, uvx pkg) and MCP configurations carrying a literal secret in env or headers",
    severity: "warning", surveySection: "6.2.2", owaspLlm2026: ["LLM04"], owaspAgentic: ["ASI04"], cwe: ["CWE-829", "CWE-1357", "CWE-798"], atlas: ["AML.T0010"],
    why: "An MCP server runs with the agent's (or the developer's) rights and hands the model its tool descriptions. Started by an unpinned name, it runs whatever the registry serves on the next start, a hijacked or typosquatted release included; a secret written in the configuration is shared with everyone who reads the repository.",
  },
  create(ctx) {
    return {
      mcpLaunch(f) {
        if (f.problem === "secret") {
          ctx.report({
            file: f.file, start: f.start, end: f.end,
            message: `MCP server \`${f.server}\` gets a literal secret in its ${f.field} (\`${f.key}\`: ${maskSecret(f.secret ?? "")}): anyone with the repository or the configuration can use it. Revoke it, then pass it from the environment (\`\${env:NAME}\`, \`\${input:...}\` in VS Code) or a secret store.`,
          });
          return;
        }
        ctx.report({
          file: f.file, start: f.start, end: f.end,
          message: `MCP server \`${f.server}\` is started with \`${f.runner} ${f.pkg}\`, ${f.reason}: each start runs whatever the registry serves then, so a hijacked or malicious release gets the agent's tools and your machine's rights. Pin an exact version (\`${f.runner === "docker run" ? "image@sha256:..." : f.runner === "uvx" || f.runner === "pipx run" ? "pkg==1.2.3" : "pkg@1.2.3"}\`) and update it deliberately.`,
        });
      },
    };
  },
});
