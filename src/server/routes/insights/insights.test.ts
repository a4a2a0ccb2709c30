import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";

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

    it("answers a profile read before a change with the change at once", async () => {
      const read = async () => {
        const res = await test.app.request(`${base}/profile`, { headers: cast.headers("self") });
        expect(res.status).toBe(200);
        return (await res.json()).competencies.execution;
      };
      expect((await read()).byRater).not.toHaveProperty("self");
      expect((await read()).byRater).not.toHaveProperty("self");
      const headers = cast.headers("self");
      const draft = await test.app.request(
        "/api/v1/assessments",
        jsonRequest(
          "POST",
          { personId: cast.members.self.personId, raterKind: "self", ratings: [] },
          headers,
        ),
      );
      const { id } = await draft.json();
      await test.app.request(
        `/api/v1/assessments/${id}/ratings`,
        jsonRequest("PUT", { ratings: [{ competency: "execution", level: 4 }] }, headers),
      );
      // A draft counts for nothing yet.
      expect((await read()).byRater).not.toHaveProperty("self");
      const submitted = await test.app.request(
        `/api/v1/assessments/${id}/submit`,
        jsonRequest("POST", {}, headers),
      );
      expect(submitted.status).toBe(200);
      expect((await read()).byRater).toMatchObject({ self: 4, manager: 3 });
    });

    it("counts private evidence in the person's own profile only, whoever read it first", async () => {
      const headers = cast.headers("self");
      const logged = await test.app.request(
        `${base}/evidence`,
        jsonRequest(
          "POST",
          { date: "2026-03-14", title: "Ran discovery alone", competencies: ["customer-insight"] },
          headers,
        ),
      );
      expect(logged.status).toBe(201);
      const count = async (viewer: "self" | "directManager") => {
        const res = await test.app.request(`${base}/profile`, { headers: cast.headers(viewer) });
        return (await res.json()).competencies["customer-insight"].evidenceCount;
      };
      const own = await count("self");
      expect(await count("directManager")).toBe(own - 1);
      expect(await count("self")).toBe(own);
    });

    it("keeps a person's paths from peers", async () => {
      const res = await test.app.request(`${base}/paths`, { headers: cast.headers("peer") });
      expect(res.status).toBe(403);
    });
  });
});
