import { scaleLevels } from "./check-scale.ts";
import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Checks each expected proficiency is a whole level on the scale and each mandatory competency is expected. */
export function checkExpectations(framework: Framework): IssueDraft[] {
  const levels = scaleLevels(framework);
  const onScale = new Set(levels);
  const declared = new Set(framework.competencies.map((c) => c.id));
  const drafts: IssueDraft[] = [];
  framework.roles.forEach((role, i) => {
    for (const [competency, level] of Object.entries(role.expectations)) {
      if (onScale.has(level)) continue;
      drafts.push({
        code: "proficiency-off-scale",
        message: `role "${role.id}" expects level ${level} in "${competency}", but the scale runs from ${levels[0]} to ${levels.at(-1)}`,
        hint: `Change it to a whole level from ${levels[0]} to ${levels.at(-1)}.`,
        path: ["roles", i, "expectations", competency],
      });
    }
    role.mandatory.forEach((competency, j) => {
      if (!declared.has(competency) || role.expectations[competency] !== undefined) return;
      drafts.push({
        code: "mandatory-without-expectation",
        message: `"${competency}" is mandatory for role "${role.id}" but the role sets no expectation for it`,
        hint: `Add a line "${competency}: 3" (with the level the role needs) under the role's expectations, or take "${competency}" out of mandatory.`,
        path: ["roles", i, "mandatory", j],
      });
    });
  });
  return drafts;
}
