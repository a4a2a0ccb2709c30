import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildAssessment, buildProfile } from "../../test/factories.ts";
import { roleFit } from "./fit/role-fit.ts";
import { roleFits } from "./fit/role-fits.ts";
import { whatChanges } from "./paths/what-changes.ts";
import { draftGrowthPlan } from "./plans/draft-growth-plan.ts";
import { aggregateProfile } from "./profile/aggregate-profile.ts";
import { competencyTrend } from "./profile/competency-trend.ts";
import { whereYouStand } from "./profile/where-you-stand.ts";

const framework = loadDefaultFramework();
const titleOf = (roleId: string) =>
  framework.roles.find((role) => role.id === roleId)?.title ?? roleId;
const pmExpectations = framework.roles.find((role) => role.id === "pm")?.expectations ?? {};
const seniorExpectations =
  framework.roles.find((role) => role.id === "senior-pm")?.expectations ?? {};

describe("scenarios on the default framework", () => {
  it("does not call a PM strong in execution but unrated in strategy ready for Senior PM", () => {
    const { strategy: _, ...rest } = seniorExpectations;
    const profile = buildProfile({ framework, levels: { ...rest, execution: 5 } });
    const fit = roleFit(framework, profile, "senior-pm");
    expect(fit.readiness).not.toBe("ready");
    expect(fit.unknown).toEqual(["strategy"]);
    expect(fit.reason).toContain("Senior Product Manager");
    expect(fit.reason).toContain("strategy & vision is not rated yet");
  });

  it("calls a PM who meets every PM expectation ready for PM but not for Senior PM", () => {
    const profile = buildProfile({ framework, levels: pmExpectations });
    const fits = roleFits(framework, profile);
    expect(fits.find((fit) => fit.roleId === "pm")?.readiness).toBe("ready");
    expect(fits.find((fit) => fit.roleId === "senior-pm")?.readiness).toBe("stretch");
    expect(fits.map((fit) => fit.roleId)).toEqual(framework.roles.map((role) => role.id));
  });

  it("focuses a PM's plan for Senior PM on the mandatory outcome ownership and influence first", () => {
    const profile = buildProfile({ framework, levels: pmExpectations });
    const plan = draftGrowthPlan(framework, profile, "senior-pm");
    expect(
      plan.focus
        .map((item) => item.competency)
        .slice(0, 2)
        .sort(),
    ).toEqual(["influence", "outcomes"]);
    expect(plan.focus).toHaveLength(3);
    expect(plan.actions.length).toBeGreaterThan(0);
    expect(plan.reason).toContain("Senior Product Manager");
    expect(plan.checkInCadenceDays).toBe(30);
  });

  it("describes a PM with Senior-level strategy as uneven", () => {
    const profile = buildProfile({ framework, levels: { ...pmExpectations, strategy: 4 } });
    const standing = whereYouStand(framework, profile, roleFits(framework, profile));
    expect(standing.summary).toBe(
      "An uneven profile: strategy & vision at Senior Product Manager level, the other thirteen competencies at Product Manager level. Ready for Product Manager (management ladder).",
    );
    expect(standing.tracks[0]).toMatchObject({
      track: "management",
      highestReady: { roleId: "pm" },
      next: "senior-pm",
    });
  });

  it("flags a manager and self two levels apart as low confidence and reports the difference", () => {
    const profile = aggregateProfile(framework, "person-1", [
      buildAssessment({ raterKind: "manager", raterId: "manager-1", levels: { communication: 2 } }),
      buildAssessment({ raterKind: "self", raterId: "person-1", levels: { communication: 4 } }),
    ]);
    const score = profile.competencies.communication;
    expect(score?.lowConfidence).toBe(true);
    expect(score?.selfVsManager).toBe(2);
    expect(profile.reason).toContain("confidence is low for communication");
  });

  it("shows what rises from Product Manager to Senior Product Manager", () => {
    const change = whatChanges(framework, "pm", "senior-pm");
    expect(change.rising.map((item) => item.competency)).toContain("influence");
    expect(change.summary.startsWith("From Product Manager to Senior Product Manager:")).toBe(true);
  });

  it("gives every answer a reason that names its role or competency", () => {
    const profile = aggregateProfile(framework, "person-1", [
      buildAssessment({
        raterKind: "manager",
        raterId: "manager-1",
        levels: { ...pmExpectations, strategy: 1 },
      }),
      buildAssessment({ raterKind: "self", raterId: "person-1", levels: { execution: 4 } }),
    ]);
    for (const competency of framework.competencies) {
      expect(profile.competencies[competency.id]?.reason).toContain(competency.name);
    }
    const fits = roleFits(framework, profile);
    for (const fit of fits) expect(fit.reason).toContain(titleOf(fit.roleId));
    for (const role of framework.roles) {
      const plan = draftGrowthPlan(framework, profile, role.id);
      expect(plan.reason).toContain(role.title);
      for (const item of plan.focus) {
        const name =
          framework.competencies.find((competency) => competency.id === item.competency)?.name ??
          "";
        expect(item.reason).toContain(name);
      }
    }
    const standing = whereYouStand(framework, profile, fits);
    standing.competencies.forEach((item, position) => {
      expect(item.reason).toContain(framework.competencies[position]?.name);
    });
    for (const trend of competencyTrend(framework, "person-1", [])) {
      expect(trend.reason).toContain(
        framework.competencies.find((c) => c.id === trend.competency)?.name,
      );
    }
  });

  it("never uses the words behind or late in any reason", () => {
    const profile = buildProfile({ framework, levels: { execution: 1, strategy: 5 } });
    const fits = roleFits(framework, profile);
    const texts = [
      ...fits.map((fit) => fit.reason),
      ...framework.roles.map((role) => draftGrowthPlan(framework, profile, role.id).reason),
      whereYouStand(framework, profile, fits).summary,
    ];
    for (const text of texts) expect(text).not.toMatch(/\b(behind|late)\b/i);
  });
});
