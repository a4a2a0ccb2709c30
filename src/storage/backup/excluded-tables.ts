const analyticsDerived =
  "analytics kept per person are computed from the assessments, which are backed up; restoring them marks everyone assessed, and the first analytics read (or `pathways analytics rebuild`) computes them again";

/**
 * Tables a backup leaves out on purpose, each with the reason. Every other table of the schema is
 * backed up; a table that is neither fails the backup tests.
 */
export const excludedTables: Readonly<Record<string, string>> = {
  sessions:
    "sign-in sessions are short-lived secrets of the server that issued them; people sign in again after a restore",
  login_throttles:
    "counts of recent sign-in attempts per account and address, kept for minutes; they belong to the database that saw the attempts",
  password_resets:
    "password reset links live for minutes and are secrets of the database that sent them; people ask for a new one",
  import_jobs:
    "the progress of people imports that ran on the old database; the people they wrote are backed up",
  analytics_person_levels: analyticsDerived,
  analytics_rater_leniency: analyticsDerived,
  analytics_stale_people: analyticsDerived,
  analytics_rebuilds: analyticsDerived,
};

/**
 * Columns a backup leaves out on purpose, as `table.column`, each with the reason; restore lets
 * the database fill them.
 */
export const excludedColumns: Readonly<Record<string, string>> = {
  "organisations.revision":
    "it belongs to the database that holds the organisation and moves with every change there; a restored organisation gets a new one",
};
