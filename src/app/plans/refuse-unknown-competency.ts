import { checkCompetencyIds } from "../../framework/check-competency-ids.ts";
import type { Framework } from "../../framework/schema.ts";
import { Refusal } from "../refusal.ts";

/**
 * Refuses a goal whose competency is not in the framework, naming the field.
 *
 * @example
 * refuseUnknownCompetency(framework, goal.competency);
 */
export function refuseUnknownCompetency(
  framework: Framework,
  competency: string | null | undefined,
): void {
  const issues = checkCompetencyIds(framework, competency ? [competency] : [], "competencies");
  if (issues.length > 0)
    throw new Refusal("validation", "Choose a competency of the framework.", issues);
}
