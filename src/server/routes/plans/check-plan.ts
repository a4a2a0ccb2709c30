import type { Framework } from "../../../framework/schema.ts";
import { ProblemError } from "../../problem.ts";
import { checkCompetencies } from "../evidence/check-competencies.ts";

/** Checks a plan's target role and competencies against the framework. */
export function checkPlan(
  framework: Framework,
  plan: { targetRoleId?: string | null; focusCompetencies?: string[] },
): void {
  if (plan.targetRoleId && !framework.roles.some((role) => role.id === plan.targetRoleId)) {
    throw new ProblemError({
      kind: "validation",
      detail: "Choose a target role of the framework.",
      errors: [
        {
          path: "targetRoleId",
          message: `No role "${plan.targetRoleId}" in the framework.`,
          hint: `Use one of: ${framework.roles.map((role) => role.id).join(", ")}.`,
        },
      ],
    });
  }
  checkCompetencies(framework, plan.focusCompetencies);
}
