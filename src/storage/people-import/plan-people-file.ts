import type { PeopleImportPlan } from "./import-plan.ts";
import { type PlanPeopleImportInput, planPeopleImport } from "./plan-people-import.ts";
import { readPeopleCsv } from "./read-people-csv.ts";

/** A people file and what it is planned against: the people and title mappings as stored. */
export interface PlanPeopleFileInput extends Omit<PlanPeopleImportInput, "rows"> {
  content: string | Uint8Array;
  maxBytes?: number;
}

/**
 * Reads a people file and plans it, without any IO: the pure part of an import, the one worth
 * running off the request thread. A file that cannot be read gives a plan with no rows and the
 * reading problems.
 *
 * @example const plan = planPeopleFile({ content: csvText, existing, framework, mappings });
 */
export function planPeopleFile(input: PlanPeopleFileInput): PeopleImportPlan {
  const read = readPeopleCsv(input.content, { maxBytes: input.maxBytes });
  if (!read.ok) {
    return {
      rows: [],
      counts: { create: 0, update: 0, unchanged: 0 },
      unmatchedTitles: [],
      problems: read.problems,
    };
  }
  const { existing, framework, mappings } = input;
  return planPeopleImport({ rows: read.rows, existing, framework, mappings });
}
