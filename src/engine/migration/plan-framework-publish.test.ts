import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework } from "../../../test/factories.ts";
import type { Competency, Framework } from "../../framework/schema.ts";
import { frameworkLineage } from "../profile/framework-lineage.ts";
import { planFrameworkPublish } from "./plan-framework-publish.ts";
import type { PublishFacts } from "./publish-plan-types.ts";

const v1 = buildFramework({ version: "1.0.0" });

function sides(next: Framework) {
  const stored = [v1, next].map((framework) => ({ versionId: null, framework }));
  const lineageOf = (framework: Framework) =>
    frameworkLineage({ versionId: null, framework }, stored);
  return {
    current: { framework: v1, lineage: lineageOf(v1) },
    next: { framework: next, lineage: lineageOf(next) },
  };
}

const facts: PublishFacts = {
  people: [
    { id: "p-1", name: "Ana Lima", roleId: "group-pm" },
    { id: "p-2", name: "Bo Chen", roleId: "senior-pm" },
  ],
  plans: [],
  goals: [],
  titleMappings: [],
  openFeedback: [],
  assessments: [buildAssessment({ personId: "p-2", frameworkId: v1.id, levels: { execution: 4 } })],
};

describe("planFrameworkPublish", () => {
  it("names people whose roles merge, in words, and rewrites their rows", () => {
    const next: Framework = {
      ...v1,
      version: "2.0.0",
      roles: v1.roles.filter((role) => role.id !== "group-pm"),
      transitions: v1.transitions.filter((t) => t.from !== "group-pm" && t.to !== "group-pm"),
      migration: { fromVersion: "1.0.0", competencies: {}, roles: { "group-pm": "senior-pm" } },
    };
    const { current, next: side } = sides(next);
    const plan = planFrameworkPublish(current, side, facts);
    expect(plan.problems).toEqual([]);
    expect(plan.preview.roleChanges).toMatchObject([
      { name: "Ana Lima", kind: "merged", toTitle: "Senior Product Manager" },
    ]);
    expect(plan.updates.people).toEqual([{ id: "p-1", roleId: "senior-pm", preferences: null }]);
    expect(plan.preview.summary).toContain(
      "Group Product Manager is merged into Senior Product Manager: Ana Lima holds it.",
    );
  });

  it("refuses a scale change without a level mapping, and says so in the preview", () => {
    const next: Framework = {
      ...v1,
      version: "2.0.0",
      scale: v1.scale.slice(0, 4),
      migration: { fromVersion: "1.0.0", competencies: {}, roles: {} },
    };
    const { current, next: side } = sides(next);
    const plan = planFrameworkPublish(current, side, facts);
    expect(plan.preview.canPublish).toBe(false);
    expect(plan.problems[0]).toMatchObject({ path: ["migration", "levels"] });
    expect(plan.preview.summary.join(" ")).toContain(
      "The scale changed (1.0.0 rates on 1–5 and 2.0.0 on 1–4)",
    );
  });
});

describe("how readiness for the next role would move", () => {
  const meetsSeniorPm = {
    "product-strategy": 3,
    execution: 4,
    "customer-insight": 3,
    influence: 3,
    "people-leadership": 2,
  };
  const pms: PublishFacts = {
    ...facts,
    people: [
      { id: "p-1", name: "Ana Lima", roleId: "pm" },
      { id: "p-2", name: "Bo Chen", roleId: "pm" },
      { id: "p-3", name: "Cy Park", roleId: "pm" },
    ],
    assessments: [
      buildAssessment({ personId: "p-1", frameworkId: v1.id, levels: meetsSeniorPm }),
      buildAssessment({
        personId: "p-2",
        frameworkId: v1.id,
        levels: { ...meetsSeniorPm, influence: 1 },
      }),
    ],
  };
  const preview = (next: Framework) => {
    const { current, next: side } = sides(next);
    return planFrameworkPublish(current, side, pms).preview;
  };

  it("keeps everyone where they were when a new competency nobody has rated is expected", () => {
    const aiFluency = {
      ...(v1.competencies[0] as Competency),
      id: "ai-fluency",
      name: "AI fluency",
    };
    const { readiness, summary } = preview({
      ...v1,
      version: "1.1.0",
      competencies: [...v1.competencies, aiFluency],
      roles: v1.roles.map((role) =>
        role.id === "senior-pm"
          ? { ...role, expectations: { ...role.expectations, "ai-fluency": 2 } }
          : role,
      ),
      migration: { fromVersion: "1.0.0", competencies: {}, roles: {} },
    });
    expect(readiness.before).toEqual({ ready: 1, close: 1, stretch: 1, none: 0 });
    expect(readiness.after).toEqual(readiness.before);
    expect(readiness.moves).toEqual([]);
    expect(summary).toContain("AI fluency is new: nobody has rated it yet.");
  });

  it("names who becomes ready when a competency where they had a gap is retired", () => {
    const { readiness } = preview({
      ...v1,
      version: "2.0.0",
      competencies: v1.competencies.filter((c) => c.id !== "influence"),
      roles: v1.roles.map(({ expectations: { influence: _, ...rest }, ...role }) => ({
        ...role,
        expectations: rest,
        skillsToDevelop: role.skillsToDevelop.filter((skill) => skill.competency !== "influence"),
      })),
      migration: { fromVersion: "1.0.0", competencies: { influence: null }, roles: {} },
    });
    expect(readiness.before).toEqual({ ready: 1, close: 1, stretch: 1, none: 0 });
    expect(readiness.after).toEqual({ ready: 2, close: 0, stretch: 1, none: 0 });
    expect(readiness.moves).toEqual([
      {
        from: "close",
        to: "ready",
        count: 1,
        people: ["Bo Chen"],
        why: "Stakeholder influence, where they still had a gap, is retired",
        sentence:
          "1 person (Bo Chen) would go from close to ready for their next role: Stakeholder influence, where they still had a gap, is retired.",
      },
    ]);
  });

  it("names everyone whose ratings stop counting on a switch to another framework", () => {
    const { readiness, historyCarriesOver } = preview({
      ...v1,
      id: "other-ladder",
      name: "Other ladder",
    });
    expect(historyCarriesOver).toBe(false);
    expect(readiness.after).toEqual({ ready: 0, close: 0, stretch: 3, none: 0 });
    const why = "their ratings were made against Test ladder, which does not carry over";
    expect(readiness.moves).toEqual([
      expect.objectContaining({ from: "ready", to: "stretch", people: ["Ana Lima"], why }),
      expect.objectContaining({ from: "close", to: "stretch", people: ["Bo Chen"], why }),
    ]);
    expect(readiness.moves[0]?.sentence).toBe(
      `1 person (Ana Lima) would go from ready to a stretch for their next role: ${why}.`,
    );
  });
});
