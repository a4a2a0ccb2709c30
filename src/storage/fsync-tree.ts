import { open, readdir } from "node:fs/promises";
import { join } from "node:path";

/**
 * Flushes every file and directory under `root` to disk (files first, then the directory that
 * names them), so what another process wrote survives an operating-system crash.
 *
 * @example
 * await fsyncTree("/srv/pathways/.pathways/pgdata");
 */
export async function fsyncTree(root: string): Promise<void> {
  for (const entry of await readdir(root, { withFileTypes: true })) {
    const path = join(root, entry.name);
    if (entry.isDirectory()) await fsyncTree(path);
    else if (entry.isFile()) await syncPath(path);
  }
  await syncPath(root);
}

async function syncPath(path: string): Promise<void> {
  const handle = await open(path, "r");
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}
