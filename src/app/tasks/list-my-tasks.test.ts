import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { seedProfilePerson } from "../../../test/seed-profile-person.ts";
import type { Database } from "../../storage/database.ts";
import { createAssessment, submitAssessment } from "../../storage/queries/assessments.ts";
import { addCheckIn } from "../../storage/queries/check-ins.ts";
import { createFeedbackRequest } from "../../storage/queries/feedback-requests.ts";
import { createGrowthPlan } from "../../storage/queries/growth-plans.ts";
import { createPerson } from "../../storage/queries/people.ts";
import { createUser } from "../../storage/queries/users.ts";
import { listMyTasks } from "./list-my-tasks.ts";
import { summariseTasks } from "./summarise-tasks.ts";
import type { Task } from "./task.ts";

const today = "2026-06-01";

async function seed(db: Database) {
  const seeded = await seedProfilePerson(db);
  const { orgId, person: ava, manager: ben } = seeded;
  const dev = await createPerson(db, { orgId, name: "Dev Patel", roleId: "pm", managerId: ben.id });
  const benUser = await createUser(db, {
    orgId,
    email: "ben@example.com",
    personId: ben.id,
    passwordHash: null,
  });
  const context = (personId: string) => ({
    db,
    orgId,
    personId,
    framework: seeded.framework,
    today,
  });
  return { ...seeded, ava, ben, dev, benUser, context };
}

const kinds = (tasks: readonly Task[]) => tasks.map((task) => task.kind);

describeOnEachDatabase("listMyTasks", (database) => {
  it("lists feedback a colleague asked of me, naming who asked and what about", async () => {
    const { db } = database();
    const { orgId, ava, dev, benUser, context } = await seed(db);
    await createFeedbackRequest(db, {
      orgId,
      personId: ava.id,
      addresseePersonId: dev.id,
      requesterUserId: benUser.id,
      competencies: ["strategy", "execution"],
    });
    const { items, total } = await listMyTasks(context(dev.id));
    expect(total).toBe(1);
    expect(items[0]).toEqual({
      kind: "peer-feedback",
      title: "Give feedback on Ava Lindqvist",
      detail: "Asked by Ben Okafor: Strategy and Execution",
      href: "/feedback",
      due: null,
      personId: ava.id,
      personName: "Ava Lindqvist",
      cycleId: null,
    });
  });

  it("never shows a peer tasks about people they were not asked about", async () => {
    const { db } = database();
    const { orgId, ava, ben, dev, context } = await seed(db);
    await createFeedbackRequest(db, {
      orgId,
      personId: ava.id,
      addresseePersonId: ben.id,
      competencies: ["strategy"],
    });
    const plan = await createGrowthPlan(db, { orgId, personId: ava.id, targetRoleId: "senior-pm" });
    await addCheckIn(db, { orgId, planId: plan.id, checkIn: { date: "2026-05-01" } });
    const self = await createAssessment(db, {
      orgId,
      personId: ava.id,
      raterKind: "self",
      raterPersonId: ava.id,
      frameworkVersionId: (await seedVersion(db, orgId)) ?? "",
      ratings: [{ competency: "strategy", level: 2 }],
    });
    await submitAssessment(db, { orgId, id: self.id });
    const { items } = await listMyTasks(context(dev.id));
    expect(items).toEqual([]);
    expect(
      (await listMyTasks(context(ava.id))).items.every((task) => task.personId !== ava.id),
    ).toBe(true);
  });

  it("asks me to rate myself on competencies I was asked about", async () => {
    const { db } = database();
    const { orgId, ava, context } = await seed(db);
    await createFeedbackRequest(db, {
      orgId,
      personId: ava.id,
      addresseePersonId: ava.id,
      competencies: ["execution"],
    });
    const { items } = await listMyTasks(context(ava.id));
    expect(items).toMatchObject([
      { kind: "rate-new-competencies", detail: "Asked: Execution", personId: null },
    ]);
  });

  it("shows my check-in once it is a week away or has come up, with its date", async () => {
    const { db } = database();
    const { orgId, ava, context } = await seed(db);
    const plan = await createGrowthPlan(db, { orgId, personId: ava.id, targetRoleId: "senior-pm" });
    await addCheckIn(db, { orgId, planId: plan.id, checkIn: { date: "2026-05-01" } });
    const [soon] = (await listMyTasks({ ...context(ava.id), today: "2026-05-12" })).items;
    expect(soon).toMatchObject({ kind: "check-in", due: "2026-05-15", href: "/plan" });
    expect(soon?.detail).toBe("Your plan has a check-in every 14 days.");
    const later = await listMyTasks({ ...context(ava.id), today: "2026-05-02" });
    expect(later.items).toEqual([]);
    const [come] = (await listMyTasks(context(ava.id))).items;
    expect(come).toMatchObject({ due: "2026-05-15" });
    expect(come?.detail).toContain("A few lines on what moved");
    expect(`${come?.title} ${come?.detail}`).not.toMatch(/late|overdue|behind/i);
  });

  it("asks a manager for their view on a direct report's new self-assessment, until given", async () => {
    const { db } = database();
    const { orgId, ava, ben, context } = await seed(db);
    const versionId = (await seedVersion(db, orgId)) ?? "";
    const self = await createAssessment(db, {
      orgId,
      personId: ava.id,
      raterKind: "self",
      raterPersonId: ava.id,
      frameworkVersionId: versionId,
      ratings: [{ competency: "strategy", level: 3 }],
    });
    await submitAssessment(db, { orgId, id: self.id, at: new Date("2027-01-10T10:00:00Z") });
    const { items } = await listMyTasks(context(ben.id));
    expect(items).toMatchObject([
      { kind: "review-assessment", personId: ava.id, personName: "Ava Lindqvist", href: "/team" },
    ]);
    expect(items[0]?.detail).toContain("10 January 2027");
    const view = await createAssessment(db, {
      orgId,
      personId: ava.id,
      raterKind: "manager",
      raterPersonId: ben.id,
      frameworkVersionId: versionId,
      ratings: [{ competency: "strategy", level: 2 }],
    });
    await submitAssessment(db, { orgId, id: view.id, at: new Date("2027-01-11T10:00:00Z") });
    expect((await listMyTasks(context(ben.id))).items).toEqual([]);
  });

  it("puts dated tasks first, soonest first, and keeps to the limit", async () => {
    const { db } = database();
    const { orgId, ava, dev, context } = await seed(db);
    for (const competencies of [["strategy"], ["execution"], ["strategy", "execution"]]) {
      await createFeedbackRequest(db, {
        orgId,
        personId: dev.id,
        addresseePersonId: ava.id,
        competencies,
      });
    }
    const plan = await createGrowthPlan(db, { orgId, personId: ava.id, targetRoleId: "senior-pm" });
    await addCheckIn(db, { orgId, planId: plan.id, checkIn: { date: "2026-05-20" } });
    const { items, total } = await listMyTasks(context(ava.id), { limit: 2 });
    expect(total).toBe(4);
    expect(kinds(items)).toEqual(["check-in", "peer-feedback"]);
  });

  it("plugs in another source with one entry, sorted in with the rest", async () => {
    const { db } = database();
    const { ava, context } = await seed(db);
    const cycle = async (): Promise<Task[]> => [
      {
        kind: "self-assessment",
        title: "Assess yourself for H1 2027 career check-in",
        detail: "Open until 30 June 2026",
        href: "/assess",
        due: "2026-06-30",
        personId: null,
        personName: null,
        cycleId: "cycle-1",
      },
    ];
    const { items } = await listMyTasks(context(ava.id), { sources: [cycle] });
    expect(kinds(items)).toEqual(["self-assessment"]);
  });

  it("counts what is open under a manager and across the organisation", async () => {
    const { db } = database();
    const { orgId, ava, ben, dev } = await seed(db);
    await createFeedbackRequest(db, {
      orgId,
      personId: ava.id,
      addresseePersonId: dev.id,
      competencies: ["strategy"],
    });
    const plan = await createGrowthPlan(db, { orgId, personId: ava.id, targetRoleId: "senior-pm" });
    await addCheckIn(db, { orgId, planId: plan.id, checkIn: { date: "2026-05-01" } });
    const team = await summariseTasks({ db, today }, { orgId, managerId: ben.id });
    expect(team).toMatchObject({
      people: 2,
      openFeedback: 1,
      checkInsDue: 1,
      awaitingManagerView: 0,
    });
    expect(team.sentence).toBe(
      "Across your team: 1 feedback request open and 1 check-in has come up.",
    );
    const none = await summariseTasks({ db, today }, { orgId, managerId: dev.id });
    expect(none).toMatchObject({ people: 0, sentence: "Nothing is waiting across your team." });
    const org = await summariseTasks({ db, today }, { orgId });
    expect(org.people).toBe(4);
  });
});

async function seedVersion(db: Database, orgId: string): Promise<string | undefined> {
  const rows = await db.query.frameworkVersions.findMany();
  return rows.find((row) => row.orgId === orgId)?.id;
}
