import type { Framework } from "../../../framework/schema.ts";
import { type FieldError, ProblemError } from "../../problem.ts";
import type { RatingInput } from "./schema.ts";

/** Checks ratings against the framework: known competencies, levels on its scale, no repeats. */
export function checkRatings(
  framework: Framework,
  ratings: readonly RatingInput[],
  field = "ratings",
): void {
  const known = new Set(framework.competencies.map((competency) => competency.id));
  const top = Math.max(...framework.scale.map((step) => step.level));
  const seen = new Set<string>();
  const errors: FieldError[] = [];
  ratings.forEach((rating, index) => {
    if (!known.has(rating.competency)) {
      errors.push({
        path: `${field}.${index}.competency`,
        message: `No competency "${rating.competency}" in the framework.`,
        hint: `Use one of: ${[...known].join(", ")}.`,
      });
    } else if (seen.has(rating.competency)) {
      errors.push({
        path: `${field}.${index}.competency`,
        message: `"${rating.competency}" is rated twice.`,
        hint: "Rate each competency once.",
      });
    }
    seen.add(rating.competency);
    if (rating.level > top) {
      errors.push({
        path: `${field}.${index}.level`,
        message: `Level ${rating.level} is above the scale.`,
        hint: `Use a whole number from 1 to ${top}.`,
      });
    }
  });
  if (errors.length > 0) {
    throw new ProblemError({
      kind: "validation",
      detail: "Some ratings do not fit the framework.",
      errors,
    });
  }
}
