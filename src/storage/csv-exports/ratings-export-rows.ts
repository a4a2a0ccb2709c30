import type { Assessment } from "../../engine/types.ts";

/** The ratings export's columns, in order. */
export const ratingsExportHeader = [
  "person email",
  "assessment id",
  "rater kind",
  "submitted at",
  "framework version",
  "competency",
  "level",
  "note",
];

/**
 * One row per rating of every submitted assessment (drafts never leave), oldest assessment first,
 * competencies in the order rated.
 *
 * @example writeCsv(ratingsExportRows(assessments, new Map([["p-1", "ava@acme.test"]])))
 */
export function ratingsExportRows(
  assessments: readonly Assessment[],
  emailByPerson: ReadonlyMap<string, string>,
): string[][] {
  const submitted = assessments
    .filter((assessment) => assessment.submittedAt !== null)
    .sort(
      (a, b) =>
        (a.submittedAt ?? "").localeCompare(b.submittedAt ?? "") || a.id.localeCompare(b.id),
    );
  const rows = submitted.flatMap((assessment) =>
    assessment.ratings.map((rating) => [
      emailByPerson.get(assessment.personId) ?? "",
      assessment.id,
      assessment.raterKind,
      assessment.submittedAt ?? "",
      assessment.frameworkVersion,
      rating.competency,
      String(rating.level),
      rating.note ?? "",
    ]),
  );
  return [ratingsExportHeader, ...rows];
}
