import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../test/db.ts";
import { seedProfilePerson } from "../../test/seed-profile-person.ts";
import { nextRole } from "../engine/fit/next-role.ts";
import { listAuditLog } from "../storage/queries/audit-log.ts";
import { addCheckIn } from "../storage/queries/check-ins.ts";
import { createGrowthPlan, updateGrowthPlan } from "../storage/queries/growth-plans.ts";
import { growthReport } from "./growth-report.ts";
import { localAdminActor } from "./local-admin-actor.ts";
import { Refusal } from "./refusal.ts";

const titles = (report: { evidence: { title: string }[] }) =>
  report.evidence.map((entry) => entry.title).sort();

describeOnEachDatabase("growthReport", (database) => {
  it("holds shared evidence unless the person asks for their own copy with private entries", async () => {
    const { deps, orgId, person, actors } = await seedProfilePerson(database().db);
    const shared = await growthReport(deps, actors.self, person.id);
    expect(titles(shared)).toEqual(["A manager entry", "A org entry"]);
    expect(shared.evidenceScope).toBe("shared");
    const managers = await growthReport(deps, actors.manager, person.id);
    expect(titles(managers)).toEqual(titles(shared));
    await expect(
      growthReport(deps, actors.manager, person.id, { includePrivate: true }),
    ).rejects.toMatchObject({ kind: "forbidden" });
    const admin = localAdminActor(orgId);
    expect(await growthReport(deps, admin, person.id)).toMatchObject({ evidenceScope: "shared" });
    const own = await growthReport(deps, admin, person.id, { includePrivate: true });
    expect(own.evidence).toHaveLength(3);
    expect(own.evidenceScope).toBe("all");
    const audited = await listAuditLog(database().db, { orgId, action: "report:include-private" });
    expect(audited).toHaveLength(1);
  });

  it("refuses whoever may not read the person's plans, and unknown people", async () => {
    const { deps, person, actors } = await seedProfilePerson(database().db);
    for (const [actor, kind] of [
      [actors.colleague, "forbidden"],
      [actors.admin, "forbidden"],
      [actors.stranger, "not-found"],
      [{ kind: "anonymous" } as const, "unauthenticated"],
    ] as const) {
      await expect(growthReport(deps, actor, person.id)).rejects.toMatchObject({ kind });
    }
    const unknown = growthReport(deps, actors.manager, "00000000-0000-4000-8000-000000000000");
    await expect(unknown).rejects.toBeInstanceOf(Refusal);
  });

  it("aggregates the profile, names the manager and the next role", async () => {
    const { deps, framework, person, actors } = await seedProfilePerson(database().db);
    const report = await growthReport(deps, actors.manager, person.id);
    expect(report.generatedOn).toBe("2026-06-01");
    expect(report.managerName).toBe("Ben Okafor");
    expect(report.profile.competencies.execution?.level).toBe(2);
    expect(report.nextRole).toEqual(nextRole(framework, person));
    expect(report.nextRole?.roleId).toBe("senior-pm");
    expect(report.fits.map((fit) => [fit.roleId, fit.readiness])).toEqual([
      ["pm", "ready"],
      ["senior-pm", expect.stringMatching(/close|stretch/)],
    ]);
  });

  it("shows the active growth plan with its goals and check-ins, else drafts one", async () => {
    const { db } = database();
    const { deps, orgId, person, actors } = await seedProfilePerson(db);
    const drafted = await growthReport(deps, actors.self, person.id);
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
    const report = await growthReport(deps, actors.self, person.id);
    expect(report.plan.kind).toBe("current");
    if (report.plan.kind !== "current") return;
    expect(report.plan.plan.targetRoleId).toBe("senior-pm");
    expect(report.plan.plan.goals.map((goal) => goal.title)).toEqual(["Write the area strategy"]);
    expect(report.plan.plan.checkIns).toMatchObject([
      { progress: 30, notes: "First draft shared" },
    ]);
  });
});
