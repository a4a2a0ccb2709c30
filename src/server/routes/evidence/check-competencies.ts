import type { Framework } from "../../../framework/schema.ts";
import { ProblemError } from "../../problem.ts";

/** Checks that every competency id is in the framework. */
export function checkCompetencies(
  framework: Framework,
  competencies: readonly string[] = [],
): void {
  const known = new Set(framework.competencies.map((competency) => competency.id));
  const errors = competencies.flatMap((id, index) =>
    known.has(id)
      ? []
      : [
          {
            path: `competencies.${index}`,
            message: `No competency "${id}" in the framework.`,
            hint: `Use one of: ${[...known].join(", ")}.`,
          },
        ],
  );
  if (errors.length > 0) {
    throw new ProblemError({
      kind: "validation",
      detail: "Some competencies are not in the framework.",
      errors,
    });
  }
}
