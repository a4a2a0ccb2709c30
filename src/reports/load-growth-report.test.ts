import { expect, it } from "vitest";
import { buildTestFramework, describeOnEachDatabase, seedOrganisation } from "../../test/db.ts";
import type { Database } from "../storage/database.ts";
import { createAssessment, submitAssessment } from "../storage/queries/assessments.ts";
import { addCheckIn } from "../storage/queries/check-ins.ts";
import { createEvidence } from "../storage/queries/evidence.ts";
import { createGrowthPlan, updateGrowthPlan } from "../storage/queries/growth-plans.ts";
import { createPerson } from "../storage/queries/people.ts";
import { loadGrowthReport } from "./load-growth-report.ts";

const framework = buildTestFramework();

async function seedPerson(db: Database) {
  const { organisation, framework: version } = await seedOrganisation(db);
  const orgId = organisation.id;
  const manager = await createPerson(db, { orgId, name: "Ben Okafor", roleId: "senior-pm" });
  const person = await createPerson(db, {
    orgId,
    name: "Ava Lindqvist",
    email: "ava@example.com",
    roleId: "pm",
    managerId: manager.id,
    preferences: { tracks: [], avoidRoles: [], targetRoles: ["senior-pm"] },
  });
  const draft = await createAssessment(db, {
    orgId,
    personId: person.id,
    raterKind: "manager",
    raterPersonId: manager.id,
    frameworkVersionId: version.id,
    ratings: [
      { competency: "strategy", level: 1 },
      { competency: "execution", level: 2 },
    ],
  });
  await submitAssessment(db, { orgId, id: draft.id });
  for (const visibility of ["private", "manager", "org"] as const) {
    await createEvidence(db, {
      orgId,
      personId: person.id,
      date: "2026-04-01",
      title: `A ${visibility} entry`,
      competencies: ["execution"],
      visibility,
    });
  }
  return { orgId, person };
}

describeOnEachDatabase("loadGrowthReport", (database) => {
  it("chooses the evidence the person's managers see, unless told otherwise", async () => {
    const { db } = database();
    const { person } = await seedPerson(db);
    const shared = await loadGrowthReport({ db, framework, person });
    expect(shared.evidence.map((entry) => entry.title).sort()).toEqual([
      "A manager entry",
      "A org entry",
    ]);
    expect(shared.evidenceScope).toBe("shared");
    const own = await loadGrowthReport({ db, framework, person, evidenceVisible: () => true });
    expect(own.evidence).toHaveLength(3);
    expect(own.evidenceScope).toBe("all");
  });

  it("aggregates the profile and names the manager", async () => {
    const { db } = database();
    const { person } = await seedPerson(db);
    const report = await loadGrowthReport({ db, framework, person, now: new Date("2026-06-01") });
    expect(report.generatedOn).toBe("2026-06-01");
    expect(report.managerName).toBe("Ben Okafor");
    expect(report.profile.competencies.execution?.level).toBe(2);
    expect(report.fits.map((fit) => [fit.roleId, fit.readiness])).toEqual([
      ["pm", "ready"],
      ["senior-pm", expect.stringMatching(/close|stretch/)],
    ]);
  });

  it("shows the active growth plan with its goals and check-ins, else drafts one", async () => {
    const { db } = database();
    const { orgId, person } = await seedPerson(db);
    const drafted = await loadGrowthReport({ db, framework, person });
    expect(drafted.plan).toMatchObject({ kind: "draft", draft: { targetRoleId: "senior-pm" } });
    const older = await createGrowthPlan(db, { orgId, personId: person.id, targetRoleId: "pm" });
    const current = await createGrowthPlan(db, {
      orgId,
      personId: person.id,
      targetRoleId: "senior-pm",
      goals: [{ title: "Write the area strategy", competency: "strategy" }],
    });
    await updateGrowthPlan(db, orgId, older.id, { status: "archived" });
    await addCheckIn(db, {
      orgId,
      planId: current.id,
      checkIn: { date: "2026-05-01", progress: 30, notes: "First draft shared" },
    });
    const report = await loadGrowthReport({ db, framework, person });
    expect(report.plan.kind).toBe("current");
    if (report.plan.kind !== "current") return;
    expect(report.plan.plan.targetRoleId).toBe("senior-pm");
    expect(report.plan.plan.goals.map((goal) => goal.title)).toEqual(["Write the area strategy"]);
    expect(report.plan.plan.checkIns).toMatchObject([
      { progress: 30, notes: "First draft shared" },
    ]);
  });
});
