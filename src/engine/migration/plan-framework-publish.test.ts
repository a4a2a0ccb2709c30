import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework } from "../../../test/factories.ts";
import type { Framework } from "../../framework/schema.ts";
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
