import { z } from "zod";

/** The value of the header's `format` field: marks a file as a Pathways backup. */
export const backupFormat = "pathways-backup";

/** The archive layout this version writes and the newest it reads. */
export const backupFormatVersion = 1;

/** One table in the archive: its name, how many rows follow, and the columns each row has. */
export const backupTableEntrySchema = z.object({
  name: z.string().min(1),
  rows: z.number().int().nonnegative(),
  columns: z.array(z.string().min(1)),
});

/** The first line of an archive: what it is, where it came from and what the body holds. */
export const backupHeaderSchema = z.object({
  format: z.literal(backupFormat),
  formatVersion: z.number().int().positive(),
  createdAt: z.string(),
  appVersion: z.string(),
  schemaMigration: z.string(),
  organisation: z.object({ id: z.string(), name: z.string() }),
  tables: z.array(backupTableEntrySchema),
  body: z.object({ lines: z.number().int().nonnegative(), sha256: z.string().length(64) }),
});

/** The header of a backup archive. */
export type BackupHeader = z.infer<typeof backupHeaderSchema>;

/** A table's section of the archive body. */
export type BackupTableEntry = z.infer<typeof backupTableEntrySchema>;

/**
 * A backup in memory: the header and, per table, each row as the exact JSON text PostgreSQL
 * produced, so values are never re-encoded on the way through.
 */
export interface BackupArchive {
  header: BackupHeader;
  rows: Map<string, string[]>;
}
