/** Quotes a table or column name for SQL, so any name the schema holds is safe to splice in. */
export function quoteIdentifier(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
