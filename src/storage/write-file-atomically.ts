import { randomBytes } from "node:crypto";
import { open, rename, rm } from "node:fs/promises";

/**
 * Writes a file atomically: to a temporary file beside the target, flushed to disk, then renamed
 * over it, so a crash or a failed write never leaves a partial file under the real name.
 *
 * @example
 * await writeFileAtomically("framework.yaml", text);
 * await writeFileAtomically("acme.pathways-backup.gz", bytes, { mode: 0o600 });
 */
export async function writeFileAtomically(
  path: string,
  data: string | Uint8Array,
  options: { mode?: number } = {},
): Promise<void> {
  const partial = `${path}.${process.pid}.${randomBytes(4).toString("hex")}.partial`;
  try {
    const handle = await open(partial, "wx", options.mode ?? 0o644);
    try {
      await handle.writeFile(data);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(partial, path);
  } catch (error) {
    await rm(partial, { force: true });
    throw error;
  }
}
