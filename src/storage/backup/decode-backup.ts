import { gunzipSync } from "node:zlib";
import { BackupError } from "./backup-error.ts";
import {
  type BackupArchive,
  type BackupHeader,
  backupFormat,
  backupFormatVersion,
  backupHeaderSchema,
} from "./backup-header.ts";
import { bodyDigest } from "./encode-backup.ts";

function unzip(data: Uint8Array, file: string): string {
  try {
    return gunzipSync(data).toString("utf8");
  } catch (error) {
    const why = error instanceof Error ? error.message : String(error);
    throw new BackupError(
      `${file} is damaged or not a Pathways backup: it does not unpack as gzip (${why}). Use the file exactly as \`pathways backup\` wrote it.`,
    );
  }
}

function parseHeader(text: string, file: string): BackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    throw new BackupError(`${file} is not a Pathways backup: its first line is not JSON.`);
  }
  const format = (value as { format?: unknown } | null)?.format;
  if (format !== backupFormat) {
    throw new BackupError(
      `${file} is not a Pathways backup: its header does not say "${backupFormat}".`,
    );
  }
  const version = (value as { formatVersion?: unknown }).formatVersion;
  if (typeof version === "number" && version > backupFormatVersion) {
    throw new BackupError(
      `${file} uses backup format ${version}, newer than this Pathways reads (${backupFormatVersion}): upgrade Pathways, then restore.`,
    );
  }
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue?.path.join(".") || "header";
    throw new BackupError(
      `${file} has a damaged header: ${where}: ${issue?.message ?? "invalid"}.`,
    );
  }
  return parsed.data;
}

function splitRows(header: BackupHeader, body: string, file: string): Map<string, string[]> {
  const lines = body === "" ? [] : body.slice(0, -1).split("\n");
  if (lines.length !== header.body.lines) {
    throw new BackupError(
      `${file} is damaged: it holds ${lines.length} rows where its header promises ${header.body.lines}.`,
    );
  }
  const rows = new Map<string, string[]>();
  let next = 0;
  for (const table of header.tables) {
    const section = lines.slice(next, next + table.rows);
    section.forEach((line, index) => {
      try {
        JSON.parse(line);
      } catch {
        throw new BackupError(`${file} is damaged: row ${index + 1} of ${table.name} is not JSON.`);
      }
    });
    rows.set(table.name, section);
    next += table.rows;
  }
  if (next !== lines.length) {
    throw new BackupError(
      `${file} is damaged: its tables add up to ${next} rows, not ${lines.length}.`,
    );
  }
  return rows;
}

/**
 * Reads an archive written by `encodeBackup`, refusing anything damaged (bad gzip, bad JSON,
 * cut short, checksum mismatch) or written by a newer format with a message naming the file.
 *
 * @example
 * const archive = decodeBackup(readFileSync(file), file);
 */
export function decodeBackup(data: Uint8Array, file = "The backup"): BackupArchive {
  const text = unzip(data, file);
  const end = text.indexOf("\n");
  if (end < 0) throw new BackupError(`${file} is damaged: it ends before its header does.`);
  const header = parseHeader(text.slice(0, end), file);
  const body = text.slice(end + 1);
  if (body !== "" && !body.endsWith("\n")) {
    throw new BackupError(`${file} is damaged: it is cut short in the middle of a row.`);
  }
  if (bodyDigest(body) !== header.body.sha256) {
    throw new BackupError(
      `${file} is damaged: its contents do not match the checksum in its header, so it was changed or cut short after it was written.`,
    );
  }
  return { header, rows: splitRows(header, body, file) };
}
