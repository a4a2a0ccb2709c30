import { getTableName, is, type SQL, sql } from "drizzle-orm";
import { getTableConfig, PgTable } from "drizzle-orm/pg-core";
import * as schema from "../schema.ts";
import { BackupError } from "./backup-error.ts";
import { excludedColumns, excludedTables } from "./excluded-tables.ts";
import { quoteIdentifier } from "./quote-identifier.ts";

/** The table every other table's rows belong to, through a chain of foreign keys. */
const rootTable = "organisations";

/** One table as backup and restore see it: its columns and how its rows belong to an organisation. */
export interface BackupTable {
  name: string;
  /** Column names in the database, in schema order. */
  columns: string[];
  /** Columns restore must leave out: the database computes them. */
  generatedColumns: string[];
  /** Identity columns, whose sequences restore moves past the restored values. */
  identityColumns: string[];
  /**
   * Identity columns no foreign key points at (the audit log's ids): when the archive's values
   * are taken in the target, restore gives the rows new ones, in the same order.
   */
  renumberableColumns: string[];
  primaryKey: string[];
  /** Columns that reference the same table (a person's manager): restored in a second pass. */
  selfReferences: string[];
  /** Tables this one references, which restore must fill first. */
  dependsOn: string[];
  /** The condition selecting the organisation's rows. */
  scope: (orgId: string) => SQL;
}

interface Reference {
  column: string;
  notNull: boolean;
  table: string;
  foreignColumn: string;
}

interface TableFacts {
  table: PgTable;
  references: Reference[];
}

const quote = (name: string) => sql.raw(quoteIdentifier(name));

function describeTable(table: PgTable): TableFacts {
  const config = getTableConfig(table);
  const notNull = new Set(config.columns.filter((c) => c.notNull).map((c) => c.name));
  const references = config.foreignKeys.flatMap((fk) => {
    const ref = fk.reference();
    const [column] = ref.columns;
    const [foreignColumn] = ref.foreignColumns;
    if (ref.columns.length !== 1 || !column || !foreignColumn) return [];
    return [
      {
        column: column.name,
        notNull: notNull.has(column.name),
        table: getTableName(ref.foreignTable),
        foreignColumn: foreignColumn.name,
      },
    ];
  });
  return { table, references };
}

function scopeOf(
  name: string,
  facts: Map<string, TableFacts>,
  seen: Set<string>,
): ((orgId: string) => SQL) | null {
  if (name === rootTable) return (orgId) => sql`"id" = ${orgId}`;
  const own = facts.get(name);
  if (!own || seen.has(name)) return null;
  const direct = own.references.find((ref) => ref.table === rootTable);
  if (direct) return (orgId) => sql`${quote(direct.column)} = ${orgId}`;
  // Prefer a required link: rows reachable only through an optional one could be orphans.
  const links = [...own.references].sort((a, b) => Number(b.notNull) - Number(a.notNull));
  for (const ref of links) {
    if (ref.table === name) continue;
    const parent = scopeOf(ref.table, facts, new Set([...seen, name]));
    if (!parent) continue;
    return (orgId) =>
      sql`${quote(ref.column)} in (select ${quote(ref.foreignColumn)} from ${quote(ref.table)} where ${parent(orgId)})`;
  }
  return null;
}

/** Whether any table's foreign key points at `table.column`. */
function isReferenced(table: string, column: string, facts: Map<string, TableFacts>): boolean {
  return [...facts.values()].some((other) =>
    other.references.some((ref) => ref.table === table && ref.foreignColumn === column),
  );
}

function toBackupTable(name: string, facts: Map<string, TableFacts>): BackupTable {
  const own = facts.get(name);
  const scope = scopeOf(name, facts, new Set());
  if (!own || !scope) {
    throw new BackupError(
      `The table "${name}" belongs to no organisation through its foreign keys, so a backup cannot tell whose rows are whose: give it an org_id column, or list it in excludedTables with the reason.`,
    );
  }
  const config = getTableConfig(own.table);
  const compositeKey = config.primaryKeys[0]?.columns.map((column) => column.name);
  const columns = config.columns.filter((column) => !(`${name}.${column.name}` in excludedColumns));
  return {
    name,
    columns: columns.map((column) => column.name),
    generatedColumns: columns.filter((c) => c.generated).map((c) => c.name),
    identityColumns: columns.filter((c) => c.generatedIdentity).map((c) => c.name),
    renumberableColumns: columns
      .filter((c) => c.generatedIdentity && !isReferenced(name, c.name, facts))
      .map((c) => c.name),
    primaryKey: compositeKey ?? config.columns.filter((c) => c.primary).map((c) => c.name),
    selfReferences: own.references.filter((ref) => ref.table === name).map((ref) => ref.column),
    dependsOn: [
      ...new Set(own.references.map((ref) => ref.table).filter((table) => table !== name)),
    ],
    scope,
  };
}

/** Orders tables so each comes after every table it references (ties alphabetical). */
function foreignKeyOrder(tables: BackupTable[]): BackupTable[] {
  const pending = new Map(tables.map((table) => [table.name, table]));
  const ordered: BackupTable[] = [];
  while (pending.size > 0) {
    const ready = [...pending.values()]
      .filter((table) => table.dependsOn.every((dep) => !pending.has(dep)))
      .sort((a, b) => a.name.localeCompare(b.name));
    if (ready.length === 0) {
      const names = [...pending.keys()].join(", ");
      throw new BackupError(
        `The tables ${names} reference each other in a cycle; restore cannot order them.`,
      );
    }
    for (const table of ready) {
      ordered.push(table);
      pending.delete(table.name);
    }
  }
  return ordered;
}

/** Every table of the Drizzle schema module, by database name. */
export function schemaTables(module: Record<string, unknown> = schema): Map<string, PgTable> {
  const found = new Map<string, PgTable>();
  for (const value of Object.values(module)) {
    if (is(value, PgTable)) found.set(getTableName(value), value);
  }
  return found;
}

/**
 * The tables a backup holds, discovered from the Drizzle schema and ordered so that restoring
 * them in turn never breaks a foreign key; excluded tables are left out, and a table whose rows
 * cannot be tied to an organisation is an error rather than silently missed.
 *
 * @example
 * for (const table of backupTables()) console.log(table.name, table.columns.length);
 */
export function backupTables(module: Record<string, unknown> = schema): BackupTable[] {
  const all = schemaTables(module);
  const facts = new Map([...all].map(([name, table]) => [name, describeTable(table)]));
  const included = [...all.keys()].filter((name) => !(name in excludedTables));
  const tables = included.map((name) => toBackupTable(name, facts));
  const known = new Set(included);
  for (const table of tables) {
    const missing = table.dependsOn.filter((dep) => !known.has(dep));
    if (missing.length > 0) {
      throw new BackupError(
        `The table "${table.name}" references ${missing.join(", ")}, which backups leave out; restore could not rebuild it.`,
      );
    }
  }
  return foreignKeyOrder(tables);
}
