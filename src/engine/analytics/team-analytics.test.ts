import { describe, expect, it } from "vitest";
import { buildAssessment, buildFramework, buildPerson } from "../../../test/factories.ts";
import { teamAnalytics } from "./team-analytics.ts";

const framework = buildFramework();
const people = [
  buildPerson({ id: "vp", roleId: "group-pm", managerId: null, team: "leadership" }),
  buildPerson({ id: "lee", roleId: "senior-pm", managerId: "vp", team: "core" }),
  buildPerson({ id: "max", roleId: "pm", managerId: "lee", team: "core" }),
  buildPerson({ id: "noa", roleId: "apm", managerId: "lee", team: "core" }),
  buildPerson({ id: "oz", roleId: "pm", managerId: "vp", team: "growth" }),
];
const assessments = [
  buildAssessment({ personId: "max", raterId: "lee", levels: { execution: 3 } }),
  buildAssessment({ personId: "oz", raterId: "vp", levels: { execution: 4 } }),
];
// Lee's reports, as storage's reporting-line query finds them.
const leesTeam = people.filter((person) => person.managerId === "lee");

describe("teamAnalytics", () => {
  it("analyses only the reports and their assessments", () => {
    const team = teamAnalytics(framework, { people: leesTeam, assessments, managerId: "lee" });
    expect(team.managerId).toBe("lee");
    expect(team.people).toBe(2);
    expect(team.heatmap.map((heat) => heat.team)).toEqual(["core"]);
    expect(team.heatmap[0]?.competencies.find((c) => c.competency === "execution")?.count).toBe(1);
    expect(team.spanOfControl).toEqual([
      {
        managerId: "lee",
        directReports: 2,
        status: "below",
        reason:
          "Their manager has 2 direct reports, below the framework's guideline of 3–8: there may be room to support more people.",
      },
    ]);
  });

  it("refuses people that include the manager, naming the id", () => {
    expect(() => teamAnalytics(framework, { people, assessments, managerId: "lee" })).toThrow(
      /"lee" is among the people/,
    );
  });
});
