import { expect, it } from "vitest";
import { describeOnEachDatabase, seedOrganisation } from "../../../test/db.ts";
import { constraintProblem } from "../database-error.ts";
import { addCheckIn } from "./check-ins.ts";
import { addGoal, updateGoal } from "./goals.ts";
import {
  createGrowthPlan,
  getGrowthPlan,
  listGrowthPlans,
  updateGrowthPlan,
} from "./growth-plans.ts";
import { createPerson } from "./people.ts";

describeOnEachDatabase("growth plans", (database) => {
  it("creates a plan with its goals and reads it back with goals and check-ins", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(db, { orgId, name: "Ada" });
    const plan = await createGrowthPlan(db, {
      orgId,
      personId: person.id,
      targetRoleId: "senior-pm",
      focusCompetencies: ["strategy"],
      actions: [{ competency: "strategy", text: "Write the area strategy", done: false }],
      goals: [
        { title: "Publish a one-page strategy", competency: "strategy", dueDate: "2026-09-30" },
      ],
    });
    expect(plan.goals.map((g) => g.title)).toEqual(["Publish a one-page strategy"]);
    expect(plan.checkInEveryDays).toBe(14);
    const checkIn = await addCheckIn(db, {
      orgId,
      planId: plan.id,
      checkIn: { date: "2026-07-01", progress: 40, notes: "First draft reviewed" },
    });
    expect(checkIn?.progress).toBe(40);
    const found = await getGrowthPlan(db, orgId, plan.id);
    expect(found?.actions).toEqual(plan.actions);
    expect(found?.goals).toEqual(plan.goals);
    expect(found?.checkIns.map((c) => c.notes)).toEqual(["First draft reviewed"]);
  });

  it("adds, completes and lists goals and plans of a person", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const orgId = organisation.id;
    const person = await createPerson(db, { orgId, name: "Ada" });
    const plan = await createGrowthPlan(db, { orgId, personId: person.id });
    const goal = await addGoal(db, { orgId, planId: plan.id, goal: { title: "Run discovery" } });
    const done = await updateGoal(db, {
      orgId,
      planId: plan.id,
      goalId: goal?.id ?? "",
      patch: { status: "done" },
    });
    expect(done?.status).toBe("done");
    expect((await updateGrowthPlan(db, orgId, plan.id, { status: "completed" }))?.status).toBe(
      "completed",
    );
    expect((await listGrowthPlans(db, { orgId, personId: person.id })).map((p) => p.id)).toEqual([
      plan.id,
    ]);
  });

  it("refuses goals and check-ins on another organisation's plan", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const other = await seedOrganisation(db, "Other");
    const person = await createPerson(db, { orgId: organisation.id, name: "Ada" });
    const plan = await createGrowthPlan(db, { orgId: organisation.id, personId: person.id });
    const otherOrg = other.organisation.id;
    expect(await getGrowthPlan(db, otherOrg, plan.id)).toBeNull();
    expect(
      await addGoal(db, { orgId: otherOrg, planId: plan.id, goal: { title: "X" } }),
    ).toBeNull();
    expect(
      await addCheckIn(db, { orgId: otherOrg, planId: plan.id, checkIn: { date: "2026-01-01" } }),
    ).toBeNull();
    expect(await updateGrowthPlan(db, otherOrg, plan.id, { status: "archived" })).toBeNull();
  });

  it("refuses a check-in progress outside 0 to 100", async () => {
    const { db } = database();
    const { organisation } = await seedOrganisation(db);
    const person = await createPerson(db, { orgId: organisation.id, name: "Ada" });
    const plan = await createGrowthPlan(db, { orgId: organisation.id, personId: person.id });
    const error = await addCheckIn(db, {
      orgId: organisation.id,
      planId: plan.id,
      checkIn: { date: "2026-01-01", progress: 140 },
    }).catch((e: unknown) => e);
    expect(constraintProblem(error)).toBe("check-violation");
  });
});
