import { chmodSync, unlinkSync } from "node:fs";
import { createServer, type Server, type Socket } from "node:net";
import { maxSocketPathLength } from "./admin-socket-path.ts";

/** What a local command asked for: its name and its arguments. */
export interface AdminRequest {
  command: string;
  [argument: string]: unknown;
}

/** Answers one admin command; a thrown error's message goes back to the caller. */
export type AdminHandler = (request: AdminRequest) => Promise<unknown>;

/** A listening admin socket. */
export interface AdminSocket {
  path: string;
  close(): Promise<void>;
}

/** An answer as sent: one JSON line. */
export type AdminAnswer = { ok: true; result: unknown } | { ok: false; error: string };

async function answer(handlers: Record<string, AdminHandler>, line: string): Promise<AdminAnswer> {
  let request: AdminRequest;
  try {
    request = JSON.parse(line) as AdminRequest;
  } catch {
    return { ok: false, error: "The request is not JSON." };
  }
  const handler = handlers[request.command];
  if (!handler) {
    const known = Object.keys(handlers).join(", ");
    return {
      ok: false,
      error: `This server does not run "${request.command}" (it runs: ${known}).`,
    };
  }
  try {
    return { ok: true, result: await handler(request) };
  } catch (error) {
    return { ok: false, error: error instanceof Error ? error.message : String(error) };
  }
}

function serveConnection(socket: Socket, handlers: Record<string, AdminHandler>): void {
  let buffered = "";
  socket.setEncoding("utf8");
  socket.on("error", () => socket.destroy());
  socket.on("data", (chunk: string) => {
    buffered += chunk;
    const end = buffered.indexOf("\n");
    if (end < 0) return;
    socket.pause();
    answer(handlers, buffered.slice(0, end)).then((reply) =>
      socket.end(`${JSON.stringify(reply)}\n`),
    );
  });
}

/**
 * Listens on a unix socket for commands from `pathways` on the same machine (a backup while
 * the server holds the embedded database). Only the data directory's lock holder calls this,
 * so a socket file left by a crashed server is its own to replace. The socket is created
 * readable and writable by its owner only (mode 600): the same user, or root, may use it.
 *
 * @example
 * const admin = await serveAdminSocket(adminSocketPath(dataDir), { status: async () => ({ ok: 1 }) });
 */
export async function serveAdminSocket(
  path: string,
  handlers: Record<string, AdminHandler>,
): Promise<AdminSocket> {
  if (path.length > maxSocketPathLength) {
    throw new Error(
      `The admin socket path ${path} is longer than the ${maxSocketPathLength} characters a unix socket may have: use a shorter --data-dir.`,
    );
  }
  try {
    unlinkSync(path);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== "ENOENT") throw error;
  }
  const server: Server = createServer((socket) => serveConnection(socket, handlers));
  // Bind with a umask that leaves the socket to its owner, so there is no moment it is open.
  const umask = process.umask(0o177);
  try {
    await new Promise<void>((resolve, reject) => {
      server.once("error", reject);
      server.listen({ path }, () => resolve());
    });
  } finally {
    process.umask(umask);
  }
  chmodSync(path, 0o600);
  server.unref();
  return {
    path,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
