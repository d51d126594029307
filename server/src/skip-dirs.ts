// Folders never linted or searched for configuration: dependencies, VCS data and build output.
// Shared by the CLI's file walk, the language server's scan and the nested-config search.
export const SKIP_DIRS: ReadonlySet<string> = new Set(["node_modules", ".git", "dist", "build", "out", "coverage", ".next", ".nuxt", ".svelte-kit", ".turbo", ".vercel", ".cache", ".vscode-test", ".output"]);
