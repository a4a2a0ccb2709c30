import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Most people rate reliably up to about this many competencies; beyond it, ratings get noisy. */
const comfortableCompetencyCount = 16;

/** Finds things that load fine but probably are not what the author meant. */
export function frameworkWarnings(framework: Framework): IssueDraft[] {
  const drafts: IssueDraft[] = [];
  if (framework.competencies.length > comfortableCompetencyCount) {
    drafts.push({
      code: "many-competencies",
      message: `${framework.competencies.length} competencies: people struggle to rate more than about ${comfortableCompetencyCount}`,
      hint: "Merge close competencies; about 12 to 14 works well.",
      path: ["competencies"],
    });
  }
  const expected = new Set(framework.roles.flatMap((role) => Object.keys(role.expectations)));
  framework.competencies.forEach((competency, i) => {
    if (expected.has(competency.id)) return;
    drafts.push({
      code: "unused-competency",
      message: `no role sets an expectation for competency "${competency.id}"`,
      hint: "Add it to the expectations of the roles where it matters, or remove it.",
      path: ["competencies", i, "id"],
    });
  });
  framework.roles.forEach((role, i) => {
    if (Object.keys(role.expectations).length > 0) return;
    drafts.push({
      code: "no-expectations",
      message: `role "${role.id}" expects no competency, so nobody can be measured against it`,
      hint: 'Under the role\'s expectations, add a line per competency it needs with its level, e.g. "discovery: 3".',
      path: ["roles", i, "expectations"],
    });
  });
  return drafts;
}
