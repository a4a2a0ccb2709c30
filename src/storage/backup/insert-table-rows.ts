import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { BackupError } from "./backup-error.ts";
import type { BackupTable } from "./backup-tables.ts";
import { quoteIdentifier as quote } from "./quote-identifier.ts";

/** Rows per INSERT: large enough to be quick, small enough for any server's parameter size. */
const batchSize = 500;

/** What to insert into one table. */
export interface TableRows {
  table: BackupTable;
  /** The columns the archive's rows carry; absent ones take their defaults. */
  columns: string[];
  /** Rows as JSON text. */
  rows: string[];
}

function batches(rows: string[]): string[] {
  const out: string[] = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    out.push(`[${rows.slice(start, start + batchSize).join(",")}]`);
  }
  return out;
}

/**
 * Inserts a table's rows straight from their JSON text (PostgreSQL decodes it, so values keep
 * their exact types and precision). Columns that point at the same table are filled in a second
 * pass, once every row they may point at exists; identity sequences then move past the restored
 * values so new rows do not collide with them.
 *
 * @example
 * await insertTableRows(tx, { table, columns: entry.columns, rows });
 */
export async function insertTableRows(tx: Database, input: TableRows): Promise<void> {
  const { table, rows } = input;
  if (rows.length === 0) return;
  const name = sql.raw(quote(table.name));
  const columns = input.columns.filter((column) => !table.generatedColumns.includes(column));
  const targets = sql.raw(columns.map(quote).join(", "));
  const values = sql.raw(
    columns.map((c) => (table.selfReferences.includes(c) ? "null" : `s.${quote(c)}`)).join(", "),
  );
  const deferred = table.selfReferences.filter((column) => columns.includes(column));
  for (const batch of batches(rows)) {
    await tx.execute(
      sql`insert into ${name} (${targets}) overriding system value select ${values} from json_populate_recordset(null::${name}, ${batch}::json) s`,
    );
  }
  if (deferred.length > 0) {
    if (table.primaryKey.length === 0) {
      throw new BackupError(
        `The table "${table.name}" refers to itself but has no primary key, so restore cannot link its rows.`,
      );
    }
    const assign = sql.raw(deferred.map((c) => `${quote(c)} = s.${quote(c)}`).join(", "));
    const match = sql.raw(
      table.primaryKey.map((c) => `t.${quote(c)} = s.${quote(c)}`).join(" and "),
    );
    for (const batch of batches(rows)) {
      await tx.execute(
        sql`update ${name} t set ${assign} from json_populate_recordset(null::${name}, ${batch}::json) s where ${match}`,
      );
    }
  }
  for (const column of table.identityColumns) {
    const quoted = sql.raw(quote(column));
    await tx.execute(
      sql`select setval(pg_get_serial_sequence(${quote(table.name)}, ${column}), (select coalesce(max(${quoted}), 0) + 1 from ${name}), false)`,
    );
  }
}
