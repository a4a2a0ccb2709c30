import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";
import type { HomeRead } from "../../../app/home/read-home.ts";
import { createAssessment, submitAssessment } from "../../../storage/queries/assessments.ts";
import { createFeedbackRequest } from "../../../storage/queries/feedback-requests.ts";
import { getPublishedFrameworkVersion } from "../../../storage/queries/framework-versions.ts";
import { createGrowthPlan } from "../../../storage/queries/growth-plans.ts";

for (const kind of testDatabaseKinds()) {
  describe(`GET /api/v1/me/home on ${kind}`, { timeout: 30_000 }, () => {
    let test: TestApp;
    let cast: Cast;

    beforeAll(async () => {
      test = await createTestApp({}, kind);
      cast = await seedCast(test.db);
      const { db } = test;
      const orgId = cast.orgId;
      const { self, peer, directManager } = cast.members;
      const version = await getPublishedFrameworkVersion(db, orgId);
      if (!version) throw new Error("The cast has no published framework.");
      const own = await createAssessment(db, {
        orgId,
        personId: self.personId,
        raterKind: "self",
        frameworkVersionId: version.id,
        raterUserId: self.userId,
        raterPersonId: self.personId,
        ratings: [{ competency: "execution", level: 2 }],
      });
      await submitAssessment(db, { orgId, id: own.id });
      await createGrowthPlan(db, {
        orgId,
        personId: self.personId,
        targetRoleId: "senior-pm",
        goals: [{ title: "Lead a pricing review" }],
      });
      await createFeedbackRequest(db, {
        orgId,
        personId: self.personId,
        addresseePersonId: peer.personId,
        requesterUserId: directManager.userId,
        competencies: ["execution"],
      });
    }, 120_000);
    afterAll(() => test.close());

    const home = async (who: keyof Cast["members"], query = ""): Promise<HomeRead> => {
      const res = await test.app.request(`/api/v1/me/home${query}`, {
        headers: cast.members[who].headers,
      });
      expect(res.status).toBe(200);
      return (await res.json()) as HomeRead;
    };

    it("tells a PM where they stand first: role, next step, gaps, plan", async () => {
      const ava = await home("self");
      expect(ava.person?.id).toBe(cast.members.self.personId);
      expect(ava.standing?.currentRole?.roleId).toBe("pm");
      expect(ava.standing?.next).toMatchObject({ roleId: "senior-pm" });
      expect(ava.standing?.selfOnly).toBe(true);
      expect(ava.standing?.gaps.length).toBeLessThanOrEqual(3);
      expect(ava.plan).toMatchObject({ targetRoleId: "senior-pm", goalsTotal: 1, goalsDone: 0 });
      expect(ava.plan?.nextCheckIn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(ava.team).toBeNull();
      expect(ava.organisation).toBeNull();
    });

    it("gives the colleague asked for feedback the task, and only them", async () => {
      const dev = await home("peer");
      expect(dev.tasks.items).toMatchObject([
        { kind: "peer-feedback", personId: cast.members.self.personId, href: "/feedback" },
      ]);
      const ava = await home("self");
      expect(ava.tasks.items.some((task) => task.kind === "peer-feedback")).toBe(false);
    });

    it("asks the manager for their view and counts what their team has open", async () => {
      const ben = await home("directManager");
      expect(ben.tasks.items).toMatchObject([
        { kind: "review-assessment", personId: cast.members.self.personId },
      ]);
      // Dev, asked for feedback, reports to Ben too.
      expect(ben.team).toMatchObject({ openFeedback: 1, awaitingManagerView: 1 });
      const cleo = await home("skipManager");
      expect(cleo.tasks.items).toEqual([]);
      expect(cleo.team?.awaitingManagerView).toBe(1);
      expect(cleo.team?.people).toBeGreaterThan(1);
    });

    it("gives admins the organisation's counts", async () => {
      const erin = await home("admin");
      expect(erin.organisation).toMatchObject({ openFeedback: 1, awaitingManagerView: 1 });
      expect(erin.organisation?.sentence).toMatch(/^Across the organisation: /);
    });

    it("keeps the task list to the limit asked, and refuses a limit out of range", async () => {
      expect((await home("peer", "?taskLimit=1")).tasks.items).toHaveLength(1);
      const res = await test.app.request("/api/v1/me/home?taskLimit=0", {
        headers: cast.members.peer.headers,
      });
      expect(res.status).toBe(400);
      expect(res.headers.get("content-type")).toBe("application/problem+json");
    });
  });

  describe(`GET /api/v1/colleagues on ${kind}`, { timeout: 30_000 }, () => {
    let test: TestApp;
    let cast: Cast;
    beforeAll(async () => {
      test = await createTestApp({}, kind);
      cast = await seedCast(test.db);
    }, 120_000);
    afterAll(() => test.close());

    it("finds colleagues by name, names only, never the asker nor another organisation", async () => {
      const res = await test.app.request("/api/v1/colleagues?search=e", {
        headers: cast.members.self.headers,
      });
      expect(res.status).toBe(200);
      const { items } = (await res.json()) as { items: Record<string, unknown>[] };
      expect(items.length).toBeGreaterThan(0);
      for (const item of items) expect(Object.keys(item).sort()).toEqual(["id", "name"]);
      expect(items.map((item) => item.id)).not.toContain(cast.members.self.personId);
      expect(items.map((item) => item.id)).not.toContain(cast.members.otherOrgAdmin.personId);
    });
  });
}
