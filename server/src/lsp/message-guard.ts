// A guard in front of the library's own `initialize` handling, which reads
// `params.capabilities` before any handler of ours runs: an initialize without capabilities, or
// a second initialize, would fail there with an internal error. Such requests are rerouted to
// a method that refuses them with a proper error code, and the session goes on.
import { ErrorCodes, ResponseError, type Connection, type Message, type MessageStrategy } from "vscode-languageserver/node";

export const REFUSED_INITIALIZE = "llmsafe/refusedInitialize";

type Refusal = { reason: "repeated" | "invalid" };

export function initializeGuard(): MessageStrategy {
  let initialized = false;
  return {
    handleMessage(message: Message, next: (m: Message) => void) {
      const m = message as Message & { method?: unknown; id?: unknown; params?: unknown };
      if (m.method === "initialize" && m.id !== undefined) {
        const p = m.params as { capabilities?: unknown } | null | undefined;
        const valid = !!p && typeof p === "object" && !Array.isArray(p) && !!p.capabilities && typeof p.capabilities === "object";
        if (initialized || !valid) {
          const params: Refusal = { reason: initialized ? "repeated" : "invalid" };
          return next({ ...m, method: REFUSED_INITIALIZE, params } as Message);
        }
        initialized = true;
      }
      next(message);
    },
  };
}

export function answerRefusedInitialize(connection: Connection): void {
  connection.onRequest(REFUSED_INITIALIZE, (p: Refusal) =>
    p?.reason === "repeated"
      ? new ResponseError(ErrorCodes.InvalidRequest, "llmsafe: the server is already initialized")
      : new ResponseError(ErrorCodes.InvalidParams, "llmsafe: initialize needs params with a capabilities object"));
}
