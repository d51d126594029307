// The action's build: only the CLI's bundles (scripts/cli-bundles.mjs, the same as npm run build
// makes), with the esbuild of action/build/package-lock.json. So the action installs the runtime
// dependencies (npm ci --omit=dev) and this one tool, not every development tool of the repository.
// LLMSAFE_BUNDLE_DIR: where to write the bundles (default: the repository's dist/).
import { build } from "esbuild";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_OPTIONS, CLI_BUNDLES } from "../../scripts/cli-bundles.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const outDir = process.env.LLMSAFE_BUNDLE_DIR ? resolve(process.env.LLMSAFE_BUNDLE_DIR) : join(REPO, "dist");
await Promise.all(CLI_BUNDLES.map((bundle) => build({ ...BUNDLE_OPTIONS, sourcemap: true, absWorkingDir: REPO, ...bundle, outfile: join(outDir, basename(bundle.outfile)) })));
