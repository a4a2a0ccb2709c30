import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";

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
  });
});
