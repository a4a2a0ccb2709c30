import { join } from "node:path";

/** The admin socket's file name inside a data directory. */
export const adminSocketName = "admin.sock";

/** The longest path a unix socket may have on Linux and macOS (sun_path, less the NUL). */
export const maxSocketPathLength = 103;

/** Where the server running on a data directory listens for local commands. */
export function adminSocketPath(dataDir: string): string {
  return join(dataDir, adminSocketName);
}
