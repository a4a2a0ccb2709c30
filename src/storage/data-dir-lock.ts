import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from "node:fs";
import { join } from "node:path";

/** The name of the lock file inside a data directory. */
export const lockFileName = "pathways.lock";

/** A held lock on a data directory. */
export interface DataDirLock {
  path: string;
  release(): void;
}

/**
 * Takes the exclusive lock on a PGlite data directory, or throws naming the process that holds it.
 * A lock left by a process that no longer runs is taken over.
 *
 * @example
 * const lock = lockDataDir("./.pathways");
 * try { ... } finally { lock.release(); }
 */
export function lockDataDir(dataDir: string): DataDirLock {
  mkdirSync(dataDir, { recursive: true });
  const path = join(dataDir, lockFileName);
  for (let attempt = 0; attempt < 3; attempt++) {
    if (tryCreate(path)) return { path, release: () => releaseLock(path) };
    const owner = readOwner(path);
    if (owner !== null && isAlive(owner)) {
      throw new Error(
        `The data directory ${dataDir} is in use by a Pathways process (pid ${owner}). ` +
          `Stop that process first (for example: kill ${owner}), or set PATHWAYS_DATA_DIR to another directory.`,
      );
    }
    removeIfPresent(path);
  }
  throw new Error(
    `Could not take the lock ${path}: other processes keep racing for it. Try again, or remove the file if no Pathways process is running.`,
  );
}

function tryCreate(path: string): boolean {
  try {
    const fd = openSync(path, "wx");
    writeSync(fd, `${process.pid}\n`);
    closeSync(fd);
    return true;
  } catch (error) {
    if (isErrno(error, "EEXIST")) return false;
    throw error;
  }
}

function readOwner(path: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(path, "utf8").trim(), 10);
    return Number.isInteger(pid) && pid > 0 ? pid : null;
  } catch (error) {
    if (isErrno(error, "ENOENT")) return null;
    throw error;
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return isErrno(error, "EPERM");
  }
}

function releaseLock(path: string): void {
  if (readOwner(path) === process.pid) removeIfPresent(path);
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
