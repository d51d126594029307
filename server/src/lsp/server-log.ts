// Where the server tells its user things: the output channel (window/logMessage) for everything,
// and a message (window/showMessage) once per text for problems that need their attention.
import { MessageType, ShowMessageNotification, type Connection } from "vscode-languageserver";

export class ServerLog {
  private readonly shown = new Set<string>();

  constructor(private readonly connection: Connection) {}

  log(text: string): void {
    this.connection.console.log(text);
  }

  error(text: string): void {
    this.connection.console.error(text);
  }

  /** A problem the user must see, shown once per text (settings are re-read often), always logged. */
  showOnce(kind: "error" | "warning", text: string): void {
    if (kind === "error") this.error(text);
    else this.log(text);
    if (this.shown.has(text)) return;
    this.shown.add(text);
    // A notification, not window/showMessageRequest: nothing to answer, and no client can leave it pending.
    this.notify(kind === "error" ? MessageType.Error : MessageType.Warning, text);
  }

  /** An informational message (a link the client cannot open itself). */
  info(text: string): void {
    this.notify(MessageType.Info, text);
  }

  private notify(type: MessageType, message: string): void {
    void this.connection.sendNotification(ShowMessageNotification.type, { type, message });
  }
}
