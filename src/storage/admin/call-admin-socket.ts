import { connect } from "node:net";
import type { AdminAnswer, AdminRequest } from "./serve-admin-socket.ts";

/** The server answered a command with an error; its message says what went wrong. */
export class AdminCommandError extends Error {
  override name = "AdminCommandError";
}

/** Nothing listens on the admin socket (no server, or one too old to have it). */
export class AdminSocketUnavailableError extends Error {
  override name = "AdminSocketUnavailableError";
}

/**
 * Sends one command to the server listening on an admin socket and resolves with its result.
 *
 * @example
 * const status = await callAdminSocket(adminSocketPath(dataDir), { command: "status" });
 */
export function callAdminSocket<T>(path: string, request: AdminRequest): Promise<T> {
  return new Promise((resolve, reject) => {
    const socket = connect({ path });
    let buffered = "";
    let connected = false;
    socket.setEncoding("utf8");
    socket.on("connect", () => {
      connected = true;
      socket.write(`${JSON.stringify(request)}\n`);
    });
    socket.on("data", (chunk: string) => {
      buffered += chunk;
    });
    socket.on("error", (error: NodeJS.ErrnoException) => {
      if (!connected) {
        reject(
          new AdminSocketUnavailableError(
            `Nothing answers on ${path} (${error.code ?? error.message}).`,
          ),
        );
      } else {
        reject(new AdminCommandError(`The server closed ${path} mid-answer (${error.message}).`));
      }
    });
    socket.on("end", () => {
      let reply: AdminAnswer;
      try {
        reply = JSON.parse(buffered) as AdminAnswer;
      } catch {
        reject(new AdminCommandError(`The server on ${path} sent an answer that is not JSON.`));
        return;
      }
      if (reply.ok) resolve(reply.result as T);
      else reject(new AdminCommandError(reply.error));
    });
  });
}
