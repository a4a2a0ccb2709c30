import type { InputIssue } from "./input-issue.ts";
import type { Framework } from "./schema.ts";

/**
 * Checks that every competency id names a competency of the framework; each unknown one is an
 * issue at `path.index`.
 *
 * @example checkCompetencyIds(framework, ["execution", "jazz"], "competencies")
 * // [{ path: "competencies.1", message: 'No competency "jazz" in the framework.', hint: "Use one of: …." }]
 */
export function checkCompetencyIds(
  framework: Framework,
  competencies: readonly string[] | null | undefined,
  path: string,
): InputIssue[] {
  const known = framework.competencies.map((competency) => competency.id);
  return (competencies ?? []).flatMap((id, index) =>
    known.includes(id)
      ? []
      : [
          {
            path: `${path}.${index}`,
            message: `No competency "${id}" in the framework.`,
            hint: `Use one of: ${known.join(", ")}.`,
          },
        ],
  );
}
