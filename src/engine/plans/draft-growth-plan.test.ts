import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import { draftGrowthPlan } from "./draft-growth-plan.ts";

const framework = buildFramework();
const pm = {
  "product-strategy": 2,
  execution: 3,
  "customer-insight": 3,
  influence: 2,
  "people-leadership": 1,
};

describe("draftGrowthPlan", () => {
  it("puts the mandatory competency first, then the largest weighted shortfall, at most three", () => {
    const plan = draftGrowthPlan(
      framework,
      buildProfile({ levels: { ...pm, execution: 2 } }),
      "senior-pm",
    );
    expect(plan.focus.map((item) => item.competency)).toEqual([
      "product-strategy",
      "execution",
      "influence",
    ]);
    expect(plan.focus[0]).toEqual({
      competency: "product-strategy",
      mandatory: true,
      expected: 3,
      actual: 2,
      shortfall: 1,
      reason:
        "Product strategy is required for Senior Product Manager and is one level short (2 of 3).",
    });
    expect(plan.focus[1]?.reason).toBe(
      "Execution is two levels short (2 of 4) of what Senior Product Manager expects.",
    );
    expect(plan.reason).toBe(
      "To grow towards Senior Product Manager, focus on product strategy (required), execution and stakeholder influence first; one smaller gap can follow.",
    );
    expect(plan.checkInCadenceDays).toBe(30);
  });

  it("takes actions from the growth guidance at the next level, where the person is now", () => {
    const plan = draftGrowthPlan(
      framework,
      buildProfile({ levels: { ...pm, execution: 2.5 } }),
      "senior-pm",
    );
    const execution = plan.actions.filter((action) => action.competency === "execution");
    expect(execution.map((action) => action.level)).toEqual([3]);
    expect(execution[0]?.text).toBe(
      "Lead shipping work for a whole feature area and ask for feedback.",
    );
  });

  it("falls back to the level descriptor when a level has no growth guidance", () => {
    const input = buildFramework();
    const strategy = input.competencies[0];
    if (strategy) strategy.growth = {};
    const plan = draftGrowthPlan(
      input,
      buildProfile({ framework: input, levels: pm }),
      "senior-pm",
    );
    expect(plan.actions[0]).toEqual({
      competency: "product-strategy",
      level: 3,
      text: "Aim for level 3 in product strategy: owns product strategy for a product area without help.",
    });
  });

  it("reads a level's list of criteria as one sentence when it stands in for growth guidance", () => {
    const input = buildFramework();
    const strategy = input.competencies[0];
    if (strategy) {
      strategy.growth = {};
      strategy.levels["3"] = [
        "Writes a strategy teams use to decide.",
        "Says no to work outside it, with reasons",
        "OKRs trace back to it.",
      ];
    }
    const plan = draftGrowthPlan(
      input,
      buildProfile({ framework: input, levels: pm }),
      "senior-pm",
    );
    expect(plan.actions[0]?.text).toBe(
      "Aim for level 3 in product strategy: writes a strategy teams use to decide; says no to work outside it, with reasons; and OKRs trace back to it.",
    );
  });

  it("suggests a measurable goal per focus competency without any deadline", () => {
    const plan = draftGrowthPlan(framework, buildProfile({ levels: pm }), "senior-pm");
    expect(plan.goals[0]).toEqual({
      competency: "product-strategy",
      text: "Reach level 3 in product strategy, shown by at least two evidence entries for it and confirmed in the next manager assessment.",
    });
    for (const goal of plan.goals)
      expect(goal.text).not.toMatch(/month|week|year|by \d|deadline|behind|late/i);
  });

  it("says what to deepen for someone who already meets the role, never that there is no gap", () => {
    const plan = draftGrowthPlan(framework, buildProfile({ levels: pm }), "pm");
    expect(plan.focus.length).toBeGreaterThan(0);
    expect(plan.focus.every((item) => item.shortfall === 0)).toBe(true);
    expect(plan.reason).toMatch(
      /^Every rated expectation of Product Manager is met; to deepen the role, build on /,
    );
    expect(plan.reason).not.toMatch(/no gap/i);
  });

  it("asks for unrated competencies to be rated rather than treating them as gaps", () => {
    const { execution: _, ...rest } = pm;
    const plan = draftGrowthPlan(framework, buildProfile({ levels: rest }), "pm");
    expect(plan.focus).toEqual([]);
    expect(plan.goals).toEqual([
      {
        competency: "execution",
        text: "Have execution rated by yourself and your manager, so the distance to Product Manager is known.",
      },
    ]);
    expect(plan.reason).toBe(
      "Everything rated already meets what Product Manager expects; execution is not rated yet, so get it rated to complete the picture.",
    );
  });

  it("honours a smaller focus limit and another cadence", () => {
    const plan = draftGrowthPlan(framework, buildProfile({ levels: pm }), "group-pm", {
      planFocusMax: 1,
      checkInCadenceDays: 14,
    });
    expect(plan.focus.map((item) => item.competency)).toEqual(["people-leadership"]);
    expect(plan.checkInCadenceDays).toBe(14);
  });
});
