import { readFile } from "node:fs/promises";
import { writeFileAtomically } from "../write-file-atomically.ts";
import { BackupError } from "./backup-error.ts";
import type { BackupArchive } from "./backup-header.ts";
import { decodeBackup } from "./decode-backup.ts";
import { encodeBackup } from "./encode-backup.ts";

/**
 * Writes an archive atomically: to a temporary file beside the target, flushed to disk, then
 * renamed over it, so a crash never leaves half a backup under the real name. The file is
 * readable by its owner only, as it holds password hashes.
 *
 * @example
 * await writeBackupFile("acme.pathways-backup.gz", archive);
 */
export async function writeBackupFile(path: string, archive: BackupArchive): Promise<void> {
  await writeFileAtomically(path, encodeBackup(archive), { mode: 0o600 });
}

/**
 * Reads and checks a backup file, refusing a missing, damaged or newer-format one.
 *
 * @example
 * const archive = await readBackupFile("acme.pathways-backup.gz");
 */
export async function readBackupFile(path: string): Promise<BackupArchive> {
  let data: Buffer;
  try {
    data = await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new BackupError(
      code === "ENOENT"
        ? `There is no file ${path}.`
        : `${path} cannot be read (${code ?? "error"}).`,
    );
  }
  return decodeBackup(data, path);
}
