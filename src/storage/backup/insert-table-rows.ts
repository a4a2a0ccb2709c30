import { sql } from "drizzle-orm";
import type { Database } from "../database.ts";
import { BackupError } from "./backup-error.ts";
import type { BackupTable } from "./backup-tables.ts";
import { executeRows } from "./execute-rows.ts";
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

/** Whether any of the archive's values of an identity column is already taken in the table. */
async function valuesTaken(tx: Database, table: BackupTable, column: string, rows: string[]) {
  const name = sql.raw(quote(table.name));
  const quoted = sql.raw(quote(column));
  for (const batch of batches(rows)) {
    const [row] = await executeRows<{ taken: boolean }>(
      tx,
      sql`select exists (select 1 from ${name} t where t.${quoted} in (select s.${quoted} from json_populate_recordset(null::${name}, ${batch}::json) s)) as taken`,
    );
    if (row?.taken) return true;
  }
  return false;
}

/**
 * Moves an identity sequence past the archive's values before they are inserted, so a row
 * another session adds meanwhile cannot draw one of them. Never moves it back.
 */
async function advanceSequence(tx: Database, table: BackupTable, column: string, rows: string[]) {
  const name = sql.raw(quote(table.name));
  const quoted = sql.raw(quote(column));
  const sequence = sql`pg_get_serial_sequence(${quote(table.name)}, ${column})`;
  for (const batch of batches(rows)) {
    await tx.execute(
      sql`select setval(${sequence}, greatest(nextval(${sequence}), (select coalesce(max(s.${quoted}), 0) + 1 from json_populate_recordset(null::${name}, ${batch}::json) s)), false)`,
    );
  }
}

/**
 * Inserts a table's rows straight from their JSON text (PostgreSQL decodes it, so values keep
 * their exact types and precision). Columns that point at the same table are filled in a second
 * pass, once every row they may point at exists. Identity values are kept, with the sequence
 * moved past them first; when they are taken (another organisation's audit log) and nothing
 * refers to them, the rows get new values from the sequence, in their original order.
 *
 * @example
 * await insertTableRows(tx, { table, columns: entry.columns, rows });
 */
export async function insertTableRows(tx: Database, input: TableRows): Promise<void> {
  const { table, rows } = input;
  if (rows.length === 0) return;
  const renumbered: string[] = [];
  for (const column of table.identityColumns.filter((c) => input.columns.includes(c))) {
    if (
      table.renumberableColumns.includes(column) &&
      (await valuesTaken(tx, table, column, rows))
    ) {
      renumbered.push(column);
    } else {
      await advanceSequence(tx, table, column, rows);
    }
  }
  const name = sql.raw(quote(table.name));
  const columns = input.columns.filter(
    (column) => !table.generatedColumns.includes(column) && !renumbered.includes(column),
  );
  const targets = sql.raw(columns.map(quote).join(", "));
  const values = sql.raw(
    columns.map((c) => (table.selfReferences.includes(c) ? "null" : `s.${quote(c)}`)).join(", "),
  );
  const order =
    renumbered.length > 0 ? `order by ${renumbered.map((c) => `s.${quote(c)}`).join(", ")}` : "";
  const keepsIdentity = table.identityColumns.some((column) => columns.includes(column));
  const overriding = keepsIdentity ? "overriding system value" : "";
  const deferred = table.selfReferences.filter((column) => columns.includes(column));
  for (const batch of batches(rows)) {
    await tx.execute(
      sql`insert into ${name} (${targets}) ${sql.raw(overriding)} select ${values} from json_populate_recordset(null::${name}, ${batch}::json) s ${sql.raw(order)}`,
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
}
