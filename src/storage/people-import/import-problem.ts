/** One thing wrong with a people file: where (row and column when known), what, and how to fix it. */
export interface ImportProblem {
  /** The spreadsheet row (1 is the header); null for the file as a whole. */
  row: number | null;
  column: string | null;
  message: string;
  hint: string;
}

/** One person's line of a people file, trimmed; empty optional cells are null. */
export interface PeopleCsvRow {
  row: number;
  name: string;
  email: string;
  jobTitle: string;
  /** A framework role id, which takes precedence over the job title when given. */
  roleId: string | null;
  managerEmail: string | null;
  team: string | null;
  startDate: string | null;
}

/** Formats problems one per line, row first, for a terminal or a log. */
export function formatImportProblems(problems: readonly ImportProblem[]): string {
  return problems
    .map((problem) => {
      const where = problem.row === null ? "file" : `row ${problem.row}`;
      const column = problem.column ? `, ${problem.column}` : "";
      return `${where}${column}: ${problem.message}. ${problem.hint}`;
    })
    .join("\n");
}
