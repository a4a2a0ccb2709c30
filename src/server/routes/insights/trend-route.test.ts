import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";

describe.each(testDatabaseKinds())("the trend route on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  let base: string;

  async function managerRates(level: number): Promise<void> {
    const headers = cast.headers("directManager");
    const draft = await test.app.request(
      "/api/v1/assessments",
      jsonRequest(
        "POST",
        {
          personId: cast.members.self.personId,
          raterKind: "manager",
          ratings: [{ competency: "execution", level }],
        },
        headers,
      ),
    );
    const { id } = await draft.json();
    await test.app.request(`/api/v1/assessments/${id}/submit`, jsonRequest("POST", {}, headers));
  }

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
    base = `/api/v1/people/${cast.members.self.personId}`;
    await managerRates(2);
    await managerRates(3);
  });
  afterAll(() => test.close());

  it("shows a competency rated twice growing, with a reason naming it", async () => {
    const res = await test.app.request(`${base}/trend`, { headers: cast.headers("self") });
    expect(res.status).toBe(200);
    const { trends } = await res.json();
    const execution = trends.find(
      (trend: { competency: string }) => trend.competency === "execution",
    );
    expect(execution.points).toHaveLength(2);
    expect(execution.change).toBe(1);
    expect(execution.reason).toMatch(/^Execution grew from/);
  });

  it("says a competency nobody rated has no trend yet", async () => {
    const res = await test.app.request(`${base}/trend`, { headers: cast.headers("directManager") });
    const { trends } = await res.json();
    const strategy = trends.find(
      (trend: { competency: string }) => trend.competency === "product-strategy",
    );
    expect(strategy).toMatchObject({ points: [], change: null });
  });

  it("keeps a person's trend from peers", async () => {
    const res = await test.app.request(`${base}/trend`, { headers: cast.headers("peer") });
    expect(res.status).toBe(403);
  });
});
