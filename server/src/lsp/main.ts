// Entry point of the bundled language server (dist/server.js). The transport comes from argv:
// `--node-ipc` when VS Code starts it, `--stdio` for every other editor (the default here, so
// `llmsafe-language-server` with no flag just works), `--socket=<port>` or `--pipe=<name>`.
import { join } from "node:path";
import { createConnection, ProposedFeatures } from "vscode-languageserver/node";
import { answerRefusedInitialize, initializeGuard } from "./message-guard";
import { startServer } from "./server";

const TRANSPORTS = ["--stdio", "--node-ipc", "--socket", "--pipe"];
if (!process.argv.some((a) => TRANSPORTS.some((t) => a === t || a.startsWith(`${t}=`)))) process.argv.push("--stdio");

const connection = createConnection(ProposedFeatures.all, { messageStrategy: initializeGuard() });
answerRefusedInitialize(connection);

// A bug must cost one request, never the session: log it where the user can find it and go on.
process.on("uncaughtException", (err) => connection.console.error(`llmsafe: unexpected error: ${err.stack ?? err}`));
process.on("unhandledRejection", (err) => connection.console.error(`llmsafe: unhandled rejection: ${(err as Error)?.stack ?? err}`));

startServer(connection, { docsDir: join(__dirname, "..", "docs", "rules") });
connection.listen();
