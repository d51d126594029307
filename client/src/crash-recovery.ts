// What the client does when the language server process dies: restart it, a bounded number of
// times, and tell the user once; give up with one clear message (and a way to try again) when it
// keeps dying, rather than restarting forever or failing silently.
import * as vscode from "vscode";
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from "vscode-languageclient/node";

export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 3 * 60_000;

export class CrashRecovery implements ErrorHandler {
  private recent: number[] = [];
  private told = false;
  /** Restarts since activation (the e2e test reads it through the extension's API). */
  restarts = 0;

  constructor(private readonly output: vscode.OutputChannel, private readonly restartCommand: string) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.appendLine(`Connection error with the llmsafe server: ${error.message}`);
    // A few write/read errors in a row are survivable; many mean the connection is gone.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.recent = this.recent.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.recent.length >= MAX_RESTARTS) {
      this.output.appendLine(`The llmsafe server stopped ${MAX_RESTARTS + 1} times in ${RESTART_WINDOW_MS / 60_000} minutes; not restarting it again.`);
      void vscode.window
        .showErrorMessage("llmsafe's analysis server keeps stopping, so it was not restarted. See \"llmsafe: Show output\" for details.", "Restart server")
        .then((choice) => choice && vscode.commands.executeCommand(this.restartCommand));
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.recent.push(now);
    this.restarts++;
    this.output.appendLine(`The llmsafe server stopped unexpectedly; restarting it (${this.recent.length} of ${MAX_RESTARTS} in ${RESTART_WINDOW_MS / 60_000} minutes).`);
    if (!this.told) {
      this.told = true;
      void vscode.window.showWarningMessage("llmsafe's analysis server stopped unexpectedly and was restarted. See \"llmsafe: Show output\" for details.");
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.recent = [];
  }
}
