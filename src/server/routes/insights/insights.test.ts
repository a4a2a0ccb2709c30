import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../testing/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../testing/test-app.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  let base: string;

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
    base = `/api/v1/people/${cast.members.self.personId}`;
    const headers = cast.headers("directManager");
    const ratings = [
      { competency: "product-strategy", level: 2 },
      { competency: "execution", level: 3 },
      { competency: "customer-insight", level: 3 },
      { competency: "influence", level: 2 },
      { competency: "people-leadership", level: 1 },
    ];
    const draft = await test.app.request(
      "/api/v1/assessments",
      jsonRequest(
        "POST",
        { personId: cast.members.self.personId, raterKind: "manager", ratings },
        headers,
      ),
    );
    const { id } = await draft.json();
    await test.app.request(`/api/v1/assessments/${id}/submit`, jsonRequest("POST", {}, headers));
  });
  afterAll(() => test.close());

  describe("engine-backed reads", () => {
    it("finds the promotion path from Product Manager to Senior Product Manager", async () => {
      const res = await test.app.request(`${base}/paths?target=senior-pm`, {
        headers: cast.headers("self"),
      });
      expect(res.status).toBe(200);
      const { paths } = await res.json();
      expect(paths[0].target).toBe("senior-pm");
      expect(paths[0].steps[0]).toMatchObject({ from: "pm", to: "senior-pm", kind: "promotion" });
    });

    it("drafts a growth plan that focuses on the gaps to the target role", async () => {
      const res = await test.app.request(`${base}/plan-draft?target=senior-pm`, {
        headers: cast.headers("directManager"),
      });
      expect(res.status).toBe(200);
      const plan = await res.json();
      expect(plan.focus.map((item: { competency: string }) => item.competency)).toContain(
        "product-strategy",
      );
      expect(plan.reason).toEqual(expect.any(String));
    });

    it("names an unknown target role", async () => {
      const res = await test.app.request(`${base}/plan-draft?target=astronaut`, {
        headers: cast.headers("self"),
      });
      expect(res.status).toBe(400);
      expect((await res.json()).errors[0].path).toBe("query.target");
    });

    it("keeps a person's paths from peers", async () => {
      const res = await test.app.request(`${base}/paths`, { headers: cast.headers("peer") });
      expect(res.status).toBe(403);
    });
  });
});
