import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import { draftGrowthPlan } from "./draft-growth-plan.ts";

const framework = loadDefaultFramework();
const competencyIds = framework.competencies.map((competency) => competency.id);
const roleIds = framework.roles.map((role) => role.id);
const apm = framework.roles.find((role) => role.id === "apm");

describe("growth plans that fit the person", () => {
  it("gives an eight-month APM a short plan: current-role gaps first, then the level's named skills", () => {
    const levels: Record<string, number> = {};
    for (const id of competencyIds) levels[id] = 1;
    levels.execution = 2;
    levels.communication = 2;
    const profile = buildProfile({ framework, levels });
    const plan = draftGrowthPlan(framework, profile, "pm", {}, "apm");
    expect(plan.focus.length).toBeLessThanOrEqual(3);
    expect(plan.actions.length).toBeLessThanOrEqual(6);
    const apmGaps = competencyIds.filter((id) => (apm?.expectations[id] ?? 0) > (levels[id] ?? 0));
    const named = (apm?.skillsToDevelop ?? []).map((skill) => skill.competency);
    const first = plan.focus[0]?.competency ?? "";
    expect(apmGaps.length > 0 ? apmGaps : named).toContain(first);
    for (const item of plan.focus.slice(apmGaps.length)) expect(named).toContain(item.competency);
    // Actions sit one level above where he is, not at a senior PM's level.
    for (const action of plan.actions) {
      expect(action.level).toBe(Math.floor(levels[action.competency] ?? 0) + 1);
    }
    for (const action of plan.actions) expect(action.text).not.toMatch(/retire|roadmap/i);
  });

  it("never suggests more than three focus competencies or six actions", () => {
    const levels = fc.dictionary(fc.constantFrom(...competencyIds), fc.integer({ min: 1, max: 5 }));
    fc.assert(
      fc.property(
        levels,
        fc.constantFrom(...roleIds),
        fc.option(fc.constantFrom(...roleIds), { nil: null }),
        (rated, target, current) => {
          const plan = draftGrowthPlan(
            framework,
            buildProfile({ framework, levels: rated }),
            target,
            {},
            current,
          );
          expect(plan.focus.length).toBeLessThanOrEqual(3);
          expect(plan.actions.length).toBeLessThanOrEqual(6);
          expect(plan.reason).not.toMatch(/no gap/i);
        },
      ),
    );
  });
});
