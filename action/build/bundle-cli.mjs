// The action's build: only the CLI's bundles (scripts/cli-bundles.mjs, the same as npm run build
// makes, and the engine-core.js they take the engine from), with esbuild and the libraries the
// bundles inline from action/build/package-lock.json (the root package.json keeps those as
// devDependencies, so an npm user installs only typescript). So the action installs the runtime dependency (typescript, npm ci --omit=dev) and this small
// tree, not every development tool of the repository.
// LLMSAFE_BUNDLE_DIR: where to write the bundles (default: the repository's dist/).
import { build } from "esbuild";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_OPTIONS, CLI_BUNDLES } from "../../scripts/cli-bundles.mjs";
import { buildSharingEngine } from "../../scripts/engine-core.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const outDir = process.env.LLMSAFE_BUNDLE_DIR ? resolve(process.env.LLMSAFE_BUNDLE_DIR) : join(REPO, "dist");
const options = { ...BUNDLE_OPTIONS, sourcemap: true, absWorkingDir: REPO, nodePaths: [join(REPO, "action", "build", "node_modules")] };
// The CLI's bundles and the engine-core.js they take the engine from, side by side in outDir.
// esbuild is this folder's (scripts/ resolves packages from the root node_modules, which holds only typescript here).
await buildSharingEngine(build, CLI_BUNDLES.map((bundle) => ({ ...options, ...bundle, outfile: join(outDir, basename(bundle.outfile)) })), options);
