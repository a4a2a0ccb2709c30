import type { PeopleImportPlan } from "../../../storage/people-import/import-plan.ts";
import { ProblemError } from "../../problem.ts";
import type { ImportJob } from "./import-jobs.ts";

const listed = 1000;

/** A dry run's plan as the API answers it, listing at most 1,000 changed rows. */
export function presentPlan(plan: PeopleImportPlan) {
  const changed = plan.rows.flatMap((row) =>
    row.action === "unchanged"
      ? []
      : [
          {
            row: row.row,
            email: row.email,
            action: row.action,
            roleId: row.roleId,
            changes: row.changes,
          },
        ],
  );
  return {
    status: "planned" as const,
    counts: plan.counts,
    unmatchedTitles: plan.unmatchedTitles,
    changes: changed.slice(0, listed),
    changesShown: Math.min(listed, changed.length),
  };
}

/** An import job as the API answers it. */
export function presentJob(job: ImportJob) {
  const { id, status, processed, total, counts, result, error } = job;
  // Whom it created stays on the server: the invitation of "everyone new" looks them up there.
  const written = result
    ? { created: result.created, updated: result.updated, unchanged: result.unchanged }
    : null;
  return { id, status, processed, total, counts, result: written, error };
}

/** The 400 problem for a file with problems: one field error per problem, row and column first. */
export function importRefused(plan: PeopleImportPlan): ProblemError {
  const titles = plan.unmatchedTitles.map((title) => `"${title.title}"`).join(", ");
  return new ProblemError({
    kind: "validation",
    detail: `Nothing was imported: ${plan.problems.length} problem(s) to fix.${titles ? ` Unmatched job titles: ${titles}.` : ""}`,
    errors: plan.problems.map((problem) => ({
      path:
        problem.row === null
          ? "file"
          : `rows.${problem.row}${problem.column ? `.${problem.column}` : ""}`,
      message: problem.message,
      hint: problem.hint,
    })),
  });
}
