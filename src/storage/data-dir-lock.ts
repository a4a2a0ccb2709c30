import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, realpathSync, unlinkSync } from "node:fs";
import { connect, createServer, type Server } from "node:net";
import { hostname } from "node:os";
import { join } from "node:path";
import { writeFileAtomically } from "./write-file-atomically.ts";

/** The informational file naming the lock's holder; never consulted to decide who holds it. */
export const lockFileName = "pathways.lock";

/** The socket the fallback lock binds inside the data directory, where abstract sockets are missing. */
export const lockSocketName = "pathways.lock.sock";

/** How the lock is held: an abstract unix socket (Linux), a named pipe (Windows) or a socket file. */
export type LockMechanism = "abstract-socket" | "named-pipe" | "socket-file";

/** A held lock on a data directory. */
export interface DataDirLock {
  /** The informational lock file. */
  path: string;
  mechanism: LockMechanism;
  release(): Promise<void>;
}

/** What the lock file says about its holder. */
export interface LockHolder {
  pid: number;
  started: string;
  host: string;
}

/** The directory is held by another process (or by this one, through another handle). */
export class DataDirLockedError extends Error {
  override name = "DataDirLockedError";
  constructor(
    readonly dataDir: string,
    readonly holder: LockHolder | null,
  ) {
    const who = holder
      ? `a Pathways process (pid ${holder.pid}) on ${holder.host} since ${holder.started}`
      : "another Pathways process";
    const stop = holder ? ` (for example: kill ${holder.pid})` : "";
    super(
      `The data directory ${dataDir} is in use by ${who}. Stop that process first${stop}, or set PATHWAYS_DATA_DIR to another directory.`,
    );
  }
}

/** The mechanism this platform gets by default. */
export function defaultLockMechanism(platform: NodeJS.Platform = process.platform): LockMechanism {
  if (platform === "linux") return "abstract-socket";
  if (platform === "win32") return "named-pipe";
  return "socket-file";
}

/** The address a data directory's lock binds, from the directory's real path. */
export function lockAddress(dataDir: string, mechanism: LockMechanism): string {
  const digest = createHash("sha256").update(realpathSync(dataDir)).digest("hex");
  if (mechanism === "abstract-socket") return `\0pathways-${digest}`;
  if (mechanism === "named-pipe") return `\\\\?\\pipe\\pathways-${digest}`;
  return join(dataDir, lockSocketName);
}

function listen(address: string): Promise<Server | null> {
  return new Promise((resolve, reject) => {
    const server = createServer((socket) => socket.destroy());
    server.once("error", (error) => {
      if (isErrno(error, "EADDRINUSE")) resolve(null);
      else reject(error);
    });
    server.listen({ path: address, exclusive: true }, () => {
      server.removeAllListeners("error");
      // The lock must never be what keeps a process alive.
      server.unref();
      resolve(server);
    });
  });
}

/** Whether something listens on a socket file: a dead owner's file refuses connections. */
function answers(address: string): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ path: address });
    socket.once("connect", () => {
      socket.destroy();
      resolve(true);
    });
    socket.once("error", (error) => resolve(!isErrno(error, "ECONNREFUSED")));
  });
}

async function bind(address: string, mechanism: LockMechanism): Promise<Server | null> {
  const server = await listen(address);
  if (server || mechanism !== "socket-file") return server;
  // A socket file outlives its owner; one that refuses connections was left by a dead process.
  if (await answers(address)) return null;
  removeIfPresent(address);
  return listen(address);
}

/**
 * Takes the exclusive lock on a PGlite data directory, or throws {@link DataDirLockedError}.
 * The operating system decides: the lock is a listening socket bound to an address derived
 * from the directory (binding is atomic, and the kernel frees it when its process dies, so a
 * crash leaves nothing to clean up). `pathways.lock` only tells people who holds it.
 *
 * @example
 * const lock = await lockDataDir("./.pathways");
 * try { ... } finally { await lock.release(); }
 */
export async function lockDataDir(
  dataDir: string,
  mechanism: LockMechanism = defaultLockMechanism(),
): Promise<DataDirLock> {
  mkdirSync(dataDir, { recursive: true });
  const address = lockAddress(dataDir, mechanism);
  const server = await bind(address, mechanism);
  if (!server) throw new DataDirLockedError(dataDir, readLockHolder(dataDir));
  const path = join(dataDir, lockFileName);
  const holder: LockHolder = {
    pid: process.pid,
    started: new Date().toISOString(),
    host: hostname(),
  };
  try {
    await writeFileAtomically(path, `${JSON.stringify(holder)}\n`);
  } catch (error) {
    server.close();
    throw error;
  }
  let released = false;
  return {
    path,
    mechanism,
    async release() {
      if (released) return;
      released = true;
      // Only the holder writes the file, so it is still ours to remove.
      removeIfPresent(path);
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** What `pathways.lock` says about its holder, or null when it is missing or unreadable. */
export function readLockHolder(dataDir: string): LockHolder | null {
  try {
    const value = JSON.parse(readFileSync(join(dataDir, lockFileName), "utf8")) as LockHolder;
    return Number.isInteger(value.pid) ? value : null;
  } catch {
    return null;
  }
}

function removeIfPresent(path: string): void {
  try {
    unlinkSync(path);
  } catch (error) {
    if (!isErrno(error, "ENOENT")) throw error;
  }
}

function isErrno(error: unknown, code: string): boolean {
  return error instanceof Error && (error as NodeJS.ErrnoException).code === code;
}
