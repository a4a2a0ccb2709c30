import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Checks the proficiency scale runs 1, 2, 3, ... in order with no gap or repeat. */
export function checkScale(framework: Framework): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  framework.scale.forEach((step, index) => {
    if (step.level !== index + 1) {
      drafts.push({
        code: "scale-order",
        message: `scale entry ${index + 1} has level ${step.level}`,
        hint: "List the scale levels in order as 1, 2, 3, ... with no gap or repeat.",
        path: ["scale", index, "level"],
      });
    }
  });
  return drafts;
}

/** The levels the scale declares, e.g. [1, 2, 3, 4, 5]. */
export function scaleLevels(framework: Framework): number[] {
  return framework.scale.map((step) => step.level);
}
