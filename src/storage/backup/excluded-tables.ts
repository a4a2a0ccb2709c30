/**
 * Tables a backup leaves out on purpose, each with the reason. Every other table of the schema is
 * backed up; a table that is neither fails the backup tests.
 */
export const excludedTables: Readonly<Record<string, string>> = {
  sessions:
    "sign-in sessions are short-lived secrets of the server that issued them; people sign in again after a restore",
};
