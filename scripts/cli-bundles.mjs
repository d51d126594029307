// The CLI's two bundles and the options every bundle shares. scripts/build.mjs builds them with the
// rest; the GitHub Action builds only these (action/build/bundle-cli.mjs), from the runtime
// dependencies, so both get the same CLI. Both builds put dist/engine-core.js beside them, the engine they
// take at run time (scripts/engine-core.mjs).
export const BUNDLE_OPTIONS = { bundle: true, external: ["typescript"], platform: "node", target: "node20", logLevel: "warning", legalComments: "none" };

export const CLI_BUNDLES = [
  { entryPoints: ["server/src/cli/bin.ts"], outfile: "dist/cli.js" },
  // The CLI's analysing half (worker threads, or in-process for --jobs 1); dist/cli.js loads it on demand.
  { entryPoints: ["server/src/cli/worker.ts"], outfile: "dist/cli-worker.js" },
];
