import type { ImportProblem } from "./import-problem.ts";

/** What importing does to one row's person. */
export type RowAction = "create" | "update" | "unchanged";

/** A person as the import compares them: the stored facts it may change. */
export interface ExistingPerson {
  id: string;
  email: string | null;
  name: string;
  roleId: string | null;
  managerId: string | null;
  team: string | null;
}

/** One row of the file resolved against the organisation: what it becomes and what changes. */
export interface PlannedRow {
  row: number;
  email: string;
  name: string;
  roleId: string;
  team: string | null;
  managerEmail: string | null;
  startDate: string | null;
  action: RowAction;
  /** The stored person it updates; null when it creates one. */
  personId: string | null;
  /** The fields that change, e.g. ["role pm -> senior-pm", "team"]; empty when unchanged. */
  changes: string[];
}

/** A job title no role matched, and the rows that carry it. */
export interface UnmatchedTitle {
  title: string;
  rows: number[];
}

/** What importing a file would do, or the problems that keep it from being imported. */
export interface PeopleImportPlan {
  rows: PlannedRow[];
  counts: Record<RowAction, number>;
  unmatchedTitles: UnmatchedTitle[];
  problems: ImportProblem[];
}
