import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";
import { createAssessment, submitAssessment } from "../../../storage/queries/assessments.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { addCheckIn } from "../../../storage/queries/check-ins.ts";
import { createEvidence } from "../../../storage/queries/evidence.ts";
import { createFeedbackRequest } from "../../../storage/queries/feedback-requests.ts";
import { getPublishedFrameworkVersion } from "../../../storage/queries/framework-versions.ts";
import { createGrowthPlan } from "../../../storage/queries/growth-plans.ts";
import { changeRole } from "../../../storage/queries/role-history.ts";

let test: TestApp;
let cast: Cast;

/** Ava's own records, and records of others that must stay out of her export. */
async function seedRecords(): Promise<void> {
  const { db } = test;
  const orgId = cast.orgId;
  const { self, peer, directManager } = cast.members;
  const version = await getPublishedFrameworkVersion(db, orgId);
  if (!version) throw new Error("The cast has no published framework.");
  const rating = [{ competency: "execution", level: 2 }];
  const assess = (personId: string, rater: typeof self, raterKind: "self" | "manager") =>
    createAssessment(db, {
      orgId,
      personId,
      raterKind,
      frameworkVersionId: version.id,
      raterUserId: rater.userId,
      raterPersonId: rater.personId,
      ratings: rating,
    });
  await assess(self.personId, self, "self");
  const submitted = await assess(self.personId, directManager, "manager");
  await submitAssessment(db, { orgId, id: submitted.id });
  await assess(self.personId, directManager, "manager");
  await assess(peer.personId, peer, "self");
  for (const [personId, title, visibility] of [
    [self.personId, "Ava private win", "private"],
    [self.personId, "Ava shared win", "manager"],
    [peer.personId, "Dev private win", "private"],
  ] as const) {
    await createEvidence(db, {
      orgId,
      personId,
      date: "2026-03-01",
      title,
      competencies: [],
      visibility,
    });
  }
  const plan = await createGrowthPlan(db, {
    orgId,
    personId: self.personId,
    targetRoleId: "senior-pm",
    goals: [{ title: "Lead a pricing review" }],
  });
  await addCheckIn(db, { orgId, planId: plan.id, checkIn: { date: "2026-04-01", progress: 40 } });
  await createGrowthPlan(db, { orgId, personId: peer.personId, targetRoleId: "senior-pm" });
  await createFeedbackRequest(db, {
    orgId,
    personId: self.personId,
    addresseePersonId: peer.personId,
    competencies: ["execution"],
  });
  await createFeedbackRequest(db, {
    orgId,
    personId: peer.personId,
    addresseePersonId: self.personId,
    competencies: ["execution"],
    message: "How did the launch go?",
  });
  await changeRole(db, { orgId, personId: self.personId, roleId: "senior-pm", from: "2026-05-01" });
}

beforeAll(async () => {
  test = await createTestApp({ now: () => new Date("2026-06-01T08:00:00.000Z") });
  cast = await seedCast(test.db);
  await seedRecords();
});
afterAll(() => test.close());

const download = (kind: Parameters<Cast["headers"]>[0]) =>
  test.app.request("/api/v1/me/export", { headers: cast.headers(kind) });

describe("GET /api/v1/me/export", () => {
  it("hands the signed-in person all of their own data as a dated JSON attachment", async () => {
    const res = await download("self");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-disposition")).toBe(
      'attachment; filename="pathways-ava-2026-06-01.json"',
    );
    const data = await res.json();
    expect(data.person).toMatchObject({ name: "Ava", roleId: "senior-pm" });
    expect(data.roleHistory).toContainEqual({ roleId: "senior-pm", from: "2026-05-01", to: null });
    expect(data.evidence.map((e: { title: string }) => e.title).sort()).toEqual([
      "Ava private win",
      "Ava shared win",
    ]);
    expect(data.growthPlans).toHaveLength(1);
    expect(data.growthPlans[0].goals[0].title).toBe("Lead a pricing review");
    expect(data.growthPlans[0].checkIns[0].progress).toBe(40);
    expect(data.feedbackRequests.aboutMe[0].addresseeName).toBe("Dev");
    expect(data.feedbackRequests.askedOfMe[0]).toMatchObject({
      personName: "Dev",
      message: "How did the launch go?",
    });
  });

  it("includes the person's own drafts and submitted assessments, but not a manager's draft", async () => {
    const data = await (await download("self")).json();
    const seen = data.assessments.map(
      (a: { raterKind: string; status: string; raterName: string }) =>
        `${a.raterKind} ${a.status} by ${a.raterName}`,
    );
    expect(seen.sort()).toEqual(["manager submitted by Ben", "self draft by Ava"]);
  });

  it("leaves out everything about other people beyond their names", async () => {
    const text = await (await download("self")).text();
    expect(text).not.toContain("Dev private win");
    const data = JSON.parse(text);
    const subjects = new Set(data.assessments.map((a: { personId: string }) => a.personId));
    expect([...subjects]).toEqual([cast.members.self.personId]);
    expect(JSON.stringify(data)).not.toMatch(/dev@/);
  });

  it("gives each person their own export, however senior", async () => {
    const data = await (await download("directManager")).json();
    expect(data.person.name).toBe("Ben");
    expect(data.evidence).toEqual([]);
    expect(data.assessments).toEqual([]);
  });

  it("asks anonymous callers to sign in", async () => {
    const res = await download("anonymous");
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("records the export in the audit log", async () => {
    await download("peer");
    const trail = await listAuditLog(test.db, {
      orgId: cast.orgId,
      targetId: cast.members.peer.personId,
    });
    expect(trail.map((entry) => entry.action)).toContain("me:export");
  });
});
