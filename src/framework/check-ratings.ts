import type { InputIssue } from "./input-issue.ts";
import type { Framework } from "./schema.ts";

/**
 * Checks ratings against the framework: each names a competency of the framework, once, at a
 * level of its scale (a whole number from 1 to the top level). Issues sit at `path.index.field`.
 *
 * @example checkRatings(framework, [{ competency: "execution", level: 9 }], "ratings")
 * // [{ path: "ratings.0.level", message: "Level 9 is not on the scale.", hint: "Use a whole number from 1 to 5." }]
 */
export function checkRatings(
  framework: Framework,
  ratings: readonly { competency: string; level: number }[],
  path: string,
): InputIssue[] {
  const known = framework.competencies.map((competency) => competency.id);
  const levels = framework.scale.map((step) => step.level);
  const top = Math.max(...levels);
  const seen = new Set<string>();
  const issues: InputIssue[] = [];
  ratings.forEach((rating, index) => {
    if (!known.includes(rating.competency)) {
      issues.push({
        path: `${path}.${index}.competency`,
        message: `No competency "${rating.competency}" in the framework.`,
        hint: `Use one of: ${known.join(", ")}.`,
      });
    } else if (seen.has(rating.competency)) {
      issues.push({
        path: `${path}.${index}.competency`,
        message: `"${rating.competency}" is rated twice.`,
        hint: "Rate each competency once.",
      });
    }
    seen.add(rating.competency);
    if (!levels.includes(rating.level)) {
      issues.push({
        path: `${path}.${index}.level`,
        message: `Level ${rating.level} is not on the scale.`,
        hint: `Use a whole number from 1 to ${top}.`,
      });
    }
  });
  return issues;
}
