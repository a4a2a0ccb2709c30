import { createHash } from "node:crypto";
import { gzipSync } from "node:zlib";
import type { BackupArchive } from "./backup-header.ts";

/** The archive body: every table's rows in header order, one JSON document per line. */
export function backupBody(archive: BackupArchive): string {
  return archive.header.tables
    .flatMap((table) => archive.rows.get(table.name) ?? [])
    .map((line) => `${line}\n`)
    .join("");
}

/** The SHA-256 of a body, in hex, as the header records it. */
export function bodyDigest(body: string): string {
  return createHash("sha256").update(body, "utf8").digest("hex");
}

/**
 * Encodes an archive as gzip'd JSON lines: the header, then each row. The header's line count
 * and checksum are taken from the body written.
 *
 * @example
 * writeFileSync("acme.pathways-backup.gz", encodeBackup(archive));
 */
export function encodeBackup(archive: BackupArchive): Buffer {
  const body = backupBody(archive);
  const lines = archive.header.tables.reduce((sum, table) => sum + table.rows, 0);
  const header = { ...archive.header, body: { lines, sha256: bodyDigest(body) } };
  return gzipSync(`${JSON.stringify(header)}\n${body}`);
}
