import { descriptorCriteria } from "../framework/level-descriptor.ts";
import type { Framework } from "../framework/schema.ts";
import type { FocusLevel, ReportPlan } from "./growth-report-types.ts";

const tolerance = 1e-9;

function focusLevel(framework: Framework, competencyId: string, level: number): FocusLevel[] {
  const competency = framework.competencies.find((c) => c.id === competencyId);
  const criteria = descriptorCriteria(competency?.levels[String(level)]);
  if (competency === undefined || criteria.length === 0) return [];
  return [{ competency: competencyId, level, criteria }];
}

/**
 * What the level a growth plan aims at looks like, per focus competency, in the framework's own
 * criteria: the level the plan's target role expects (a current plan), or the draft's level to
 * reach: the expectation for a gap, the next level up for a strength to deepen. Empty without a
 * plan, and for a focus competency the target role expects nothing of.
 *
 * @example reportFocusLevels(framework, plan)[0] // { competency: "execution", level: 3, criteria: [...] }
 */
export function reportFocusLevels(framework: Framework, plan: ReportPlan): FocusLevel[] {
  if (plan.kind === "none") return [];
  if (plan.kind === "current") {
    const target = framework.roles.find((role) => role.id === plan.plan.targetRoleId);
    return plan.plan.focusCompetencies.flatMap((id) => {
      const expected = target?.expectations[id];
      return expected === undefined ? [] : focusLevel(framework, id, expected);
    });
  }
  const top = Math.max(...framework.scale.map((step) => step.level));
  return plan.draft.focus.flatMap((item) => {
    const level =
      item.shortfall > tolerance ? item.expected : Math.floor(item.actual + tolerance) + 1;
    return level > top ? [] : focusLevel(framework, item.competency, level);
  });
}
