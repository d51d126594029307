// The action's build: only the CLI's bundles (scripts/cli-bundles.mjs, the same as npm run build
// makes), with esbuild and the libraries the bundle inlines from action/build/package-lock.json
// (the root package.json keeps those as devDependencies, so an npm user installs only typescript).
// So the action installs the runtime dependency (typescript, npm ci --omit=dev) and this small
// tree, not every development tool of the repository.
// LLMSAFE_BUNDLE_DIR: where to write the bundles (default: the repository's dist/).
import { build } from "esbuild";
import { basename, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { BUNDLE_OPTIONS, CLI_BUNDLES } from "../../scripts/cli-bundles.mjs";

const REPO = fileURLToPath(new URL("../..", import.meta.url));
const outDir = process.env.LLMSAFE_BUNDLE_DIR ? resolve(process.env.LLMSAFE_BUNDLE_DIR) : join(REPO, "dist");
await Promise.all(CLI_BUNDLES.map((bundle) => build({ ...BUNDLE_OPTIONS, sourcemap: true, absWorkingDir: REPO, nodePaths: [join(REPO, "action", "build", "node_modules")], ...bundle, outfile: join(outDir, basename(bundle.outfile)) })));
