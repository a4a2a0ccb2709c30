import { DataDirLockedError } from "../storage/data-dir-lock.ts";
import { CliError } from "./cli-error.ts";

/**
 * The first line of a failure; for a statement the database refused, the database's own reason
 * (the query wrapper's message holds only the SQL, which never reaches the terminal).
 */
function firstLineOf(error: unknown, message: string): string {
  const line = message.split("\n")[0]?.trim() || "an unexpected error";
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause.message : "";
  const reason = cause.split("\n")[0]?.trim();
  return line.startsWith("Failed query") && reason ? `The database refused it: ${reason}` : line;
}

/** The line a CLI failure is reported with: what happened and how to go on. */
export function describeFailure(error: unknown): string {
  if (error instanceof DataDirLockedError || error instanceof CliError) return error.message;
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  if (code === "EACCES" || code === "EPERM") {
    return `${message}: permission denied. Run as a user who may read and write that path, or point --data-dir elsewhere.`;
  }
  if (code === "ENOTDIR" || code === "ENOENT") {
    return `${message}: that path does not lead to a directory. Check --data-dir or the file names given.`;
  }
  if (code === "ENOSPC")
    return `${message}: the disk is full. Free some space and run the command again.`;
  if (code === "ECONNREFUSED" || code === "ENOTFOUND") {
    return `${message}: the database server cannot be reached. Check DATABASE_URL and that PostgreSQL is running.`;
  }
  const line = firstLineOf(error, message);
  return `${line}${/[.!?]$/.test(line) ? "" : "."} Run it again with PATHWAYS_DEBUG=1 to see where it happened.`;
}
