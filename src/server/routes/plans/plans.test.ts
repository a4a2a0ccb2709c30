import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  const plansOf = () => `/api/v1/people/${cast.members.self.personId}/plans`;

  describe("growth plans", () => {
    it("lets a manager start a plan with goals that the person then checks in on", async () => {
      const created = await test.app.request(
        plansOf(),
        jsonRequest(
          "POST",
          {
            targetRoleId: "senior-pm",
            focusCompetencies: ["product-strategy"],
            goals: [
              {
                title: "Write the payments strategy",
                competency: "product-strategy",
                measure: "Adopted by leadership",
              },
            ],
          },
          cast.headers("directManager"),
        ),
      );
      expect(created.status).toBe(201);
      const plan = await created.json();
      expect(plan.goals).toHaveLength(1);
      expect(plan.checkInEveryDays).toBe(14);

      const checkIn = await test.app.request(
        `/api/v1/plans/${plan.id}/check-ins`,
        jsonRequest(
          "POST",
          { date: "2026-06-01", progress: 30, notes: "Draft shared" },
          cast.headers("self"),
        ),
      );
      expect(checkIn.status).toBe(201);
      const goal = plan.goals[0];
      const done = await test.app.request(
        `/api/v1/plans/${plan.id}/goals/${goal.id}`,
        jsonRequest("PATCH", { status: "done" }, cast.headers("self")),
      );
      expect((await done.json()).status).toBe("done");

      const read = await (
        await test.app.request(`/api/v1/plans/${plan.id}`, { headers: cast.headers("skipManager") })
      ).json();
      expect(read.checkIns.map((entry: { progress: number }) => entry.progress)).toEqual([30]);
      expect(
        (await test.app.request(`/api/v1/plans/${plan.id}`, { headers: cast.headers("admin") }))
          .status,
      ).toBe(403);
    });

    it("names a target role the framework does not have", async () => {
      const res = await test.app.request(
        plansOf(),
        jsonRequest("POST", { targetRoleId: "astronaut" }, cast.headers("self")),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe("targetRoleId");
    });

    it("refuses a check-in progress over 100 percent", async () => {
      const plan = await (
        await test.app.request(plansOf(), jsonRequest("POST", {}, cast.headers("self")))
      ).json();
      const res = await test.app.request(
        `/api/v1/plans/${plan.id}/check-ins`,
        jsonRequest("POST", { date: "2026-06-01", progress: 140 }, cast.headers("self")),
      );
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0]).toMatchObject({
        path: "progress",
        hint: "Use at most 100.",
      });
    });

    it("attributes a manager's change to a goal, which the person then sees; a peer is refused", async () => {
      const plan = await (
        await test.app.request(
          plansOf(),
          jsonRequest(
            "POST",
            { goals: [{ title: "Lead the pricing review" }] },
            cast.headers("self"),
          ),
        )
      ).json();
      expect(plan.goals[0].lastChange).toMatchObject({
        name: "Ava",
        personId: cast.members.self.personId,
      });
      const goalUrl = `/api/v1/plans/${plan.id}/goals/${plan.goals[0].id}`;
      const changed = await test.app.request(
        goalUrl,
        jsonRequest(
          "PATCH",
          {
            status: "in-progress",
            progress: 40,
            dueDate: "2026-09-30",
            actions: [
              { text: "Draft the options", done: true },
              { text: "Present to leadership", done: false },
            ],
          },
          cast.headers("directManager"),
        ),
      );
      expect(changed.status).toBe(200);
      expect(await changed.json()).toMatchObject({
        status: "in-progress",
        progress: 40,
        actions: [{ done: true }, { done: false }],
        lastChange: { name: "Ben", personId: cast.members.directManager.personId },
      });

      const seen = await (
        await test.app.request(`/api/v1/plans/${plan.id}`, { headers: cast.headers("self") })
      ).json();
      expect(seen.goals[0].lastChange.name).toBe("Ben");
      expect(Date.parse(seen.goals[0].lastChange.at)).not.toBeNaN();
      const trail = await listAuditLog(test.db, { orgId: cast.orgId, targetId: plan.goals[0].id });
      expect(trail.map((entry) => entry.action)).toEqual(["goal:update"]);

      const peer = await test.app.request(
        goalUrl,
        jsonRequest("PATCH", { status: "dropped" }, cast.headers("peer")),
      );
      expect(peer.status).toBe(403);
      const peerAdd = await test.app.request(
        `/api/v1/plans/${plan.id}/goals`,
        jsonRequest("POST", { title: "Not mine to add" }, cast.headers("peer")),
      );
      expect(peerAdd.status).toBe(403);
      const after = await (
        await test.app.request(`/api/v1/plans/${plan.id}`, { headers: cast.headers("self") })
      ).json();
      expect(after.goals.map((goal: { status: string }) => goal.status)).toEqual(["in-progress"]);

      const replanned = await test.app.request(
        `/api/v1/plans/${plan.id}`,
        jsonRequest("PATCH", { checkInEveryDays: 21 }, cast.headers("skipManager")),
      );
      expect((await replanned.json()).lastChange.name).toBe("Cleo");
    });

    it("lets the person and their manager comment on a goal, and removes a goal softly, audited", async () => {
      const plan = await (
        await test.app.request(
          plansOf(),
          jsonRequest(
            "POST",
            { goals: [{ title: "Run discovery interviews" }, { title: "Old idea" }] },
            cast.headers("self"),
          ),
        )
      ).json();
      const [kept, removed] = plan.goals;
      expect(plan.started).toMatchObject({ name: "Ava", personId: cast.members.self.personId });
      const forAva = await (
        await test.app.request(
          plansOf(),
          jsonRequest("POST", { targetRoleId: "senior-pm" }, cast.headers("directManager")),
        )
      ).json();
      // The person reads that their manager started the plan for them.
      const read = await (
        await test.app.request(`/api/v1/plans/${forAva.id}`, { headers: cast.headers("self") })
      ).json();
      expect(read.started).toMatchObject({
        name: "Ben",
        personId: cast.members.directManager.personId,
      });
      const comment = (kind: "self" | "directManager" | "peer", text: string) =>
        test.app.request(
          `/api/v1/plans/${plan.id}/goals/${kept.id}/comments`,
          jsonRequest("POST", { text }, cast.headers(kind)),
        );
      const byBen = await comment("directManager", "Bring the notes to our one-to-one.");
      expect(byBen.status).toBe(201);
      expect(await byBen.json()).toMatchObject({
        text: "Bring the notes to our one-to-one.",
        author: { name: "Ben", personId: cast.members.directManager.personId },
      });
      expect((await comment("self", "Will do.")).status).toBe(201);
      expect((await comment("peer", "Not mine to say.")).status).toBe(403);
      const blank = await comment("self", "   ");
      expect(blank.status).toBe(400);

      const gone = await test.app.request(`/api/v1/plans/${plan.id}/goals/${removed.id}`, {
        method: "DELETE",
        headers: cast.headers("directManager"),
      });
      expect(gone.status).toBe(204);
      const again = await test.app.request(`/api/v1/plans/${plan.id}/goals/${removed.id}`, {
        method: "DELETE",
        headers: cast.headers("directManager"),
      });
      expect(again.status).toBe(404);

      const seen = await (
        await test.app.request(`/api/v1/plans/${plan.id}`, { headers: cast.headers("self") })
      ).json();
      expect(seen.goals.map((goal: { title: string }) => goal.title)).toEqual([
        "Run discovery interviews",
      ]);
      expect(
        seen.goals[0].comments.map((c: { text: string; author: { name: string } }) => [
          c.author.name,
          c.text,
        ]),
      ).toEqual([
        ["Ben", "Bring the notes to our one-to-one."],
        ["Ava", "Will do."],
      ]);
      const trail = await listAuditLog(test.db, { orgId: cast.orgId, targetId: removed.id });
      expect(trail.map((entry) => entry.action)).toEqual(["goal:delete"]);
      const talk = await listAuditLog(test.db, { orgId: cast.orgId, targetId: kept.id });
      expect(talk.map((entry) => entry.action).sort()).toEqual(["goal:comment", "goal:comment"]);
    });

    it("refuses goal progress over 100 percent and changes nothing", async () => {
      const plan = await (
        await test.app.request(
          plansOf(),
          jsonRequest("POST", { goals: [{ title: "Ship the beta" }] }, cast.headers("self")),
        )
      ).json();
      const res = await test.app.request(
        `/api/v1/plans/${plan.id}/goals/${plan.goals[0].id}`,
        jsonRequest("PATCH", { progress: 140 }, cast.headers("self")),
      );
      expect(res.status).toBe(400);
      const read = await (
        await test.app.request(`/api/v1/plans/${plan.id}`, { headers: cast.headers("self") })
      ).json();
      expect(read.goals[0].progress).toBeNull();
    });
  });
});
