// What the client does when the language server process dies: restart it, a bounded number of
// times, and tell the user once; give up with one clear message (and a way to try again) when it
// keeps dying, rather than restarting forever or failing silently.
import * as vscode from "vscode";
import { CloseAction, ErrorAction, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult } from "vscode-languageclient/node";

export const MAX_RESTARTS = 5;
export const RESTART_WINDOW_MS = 3 * 60_000;

/** What the recovery has done this session (the e2e test reads it through the extension's API). */
export interface RecoveryStats {
  /** Restarts after an unexpected stop. */
  restarts: number;
  /** "stopped unexpectedly and was restarted" messages shown (at most one per session). */
  restartNotices: number;
  /** "not restarted" error messages shown (one each time it gives up). */
  giveUpNotices: number;
}

export class CrashRecovery implements ErrorHandler {
  private recent: number[] = [];
  readonly stats: RecoveryStats = { restarts: 0, restartNotices: 0, giveUpNotices: 0 };

  constructor(private readonly output: vscode.OutputChannel, private readonly restartCommand: string) {}

  error(error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    this.output.appendLine(`Connection error with the llmsafe server: ${error.message}`);
    // A few write errors in a row are survivable; more (or a read error) mean the connection is gone.
    if (count !== undefined && count <= 3) return { action: ErrorAction.Continue, handled: true };
    // Shutdown stops the client, and a stop the client asked for is not a crash: closed() is not
    // consulted. Say so here, or the server would just vanish.
    this.giveUp("the connection to it kept failing");
    return { action: ErrorAction.Shutdown, handled: true };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.recent = this.recent.filter((t) => now - t < RESTART_WINDOW_MS);
    if (this.recent.length >= MAX_RESTARTS) {
      this.giveUp(`it stopped ${MAX_RESTARTS + 1} times in ${RESTART_WINDOW_MS / 60_000} minutes`);
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.recent.push(now);
    this.stats.restarts++;
    this.output.appendLine(`The llmsafe server stopped unexpectedly; restarting it (${this.recent.length} of ${MAX_RESTARTS} in ${RESTART_WINDOW_MS / 60_000} minutes).`);
    if (this.stats.restartNotices === 0) {
      this.stats.restartNotices++;
      void vscode.window.showWarningMessage("llmsafe's analysis server stopped unexpectedly and was restarted. See the llmsafe output for details.");
    }
    return { action: CloseAction.Restart, handled: true };
  }

  /** A restart the user asked for starts the count afresh. */
  reset(): void {
    this.recent = [];
  }

  private giveUp(why: string): void {
    this.stats.giveUpNotices++;
    this.output.appendLine(`Not restarting the llmsafe server: ${why}. Run "llmsafe: Restart server" to try again.`);
    void vscode.window
      .showErrorMessage("llmsafe's analysis server keeps stopping, so it was not restarted. See the llmsafe output for details.", "Restart server")
      .then((choice) => choice && vscode.commands.executeCommand(this.restartCommand));
  }
}
