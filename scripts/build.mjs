// Bundles each entry point with esbuild. Type-checking is separate (npm run typecheck).
import { build } from "esbuild";

const common = { bundle: true, external: ["typescript"], platform: "node", target: "node20", sourcemap: true, logLevel: "warning", legalComments: "none" };
await Promise.all([
  build({ ...common, entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js" }),
  build({ ...common, entryPoints: ["server/src/index.ts"], outfile: "dist/engine.js", format: "cjs" }),
]);
