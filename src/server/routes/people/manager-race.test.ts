import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { createPerson, getPerson } from "../../../storage/queries/people.ts";

describe.each(testDatabaseKinds())("crossing manager changes over HTTP, on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  it("never leave a reporting cycle; the losing request is told why", async () => {
    const orgId = cast.orgId;
    const admin = cast.headers("admin");
    const patch = (id: string, managerId: string | null) =>
      test.app.request(`/api/v1/people/${id}`, jsonRequest("PATCH", { managerId }, admin));
    let cycles = 0;
    for (let round = 0; round < 30; round++) {
      const x = await createPerson(test.db, { orgId, name: `Xia ${round}` });
      const y = await createPerson(test.db, { orgId, name: `Yusuf ${round}` });
      const answers = await Promise.all([patch(x.id, y.id), patch(y.id, x.id)]);
      const statuses = answers.map((res) => res.status).sort();
      const [xNow, yNow] = await Promise.all([
        getPerson(test.db, orgId, x.id),
        getPerson(test.db, orgId, y.id),
      ]);
      if (xNow?.managerId === y.id && yNow?.managerId === x.id) cycles += 1;
      // The loser is refused in words: 409 when it lost inside the write, 400 when the winner
      // had already committed before its first check.
      expect(statuses[0], `round ${round}`).toBe(200);
      expect([400, 409], `round ${round}`).toContain(statuses[1]);
      const loser = answers.find((res) => res.status !== 200);
      const problem = (await loser?.json()) as { detail: string; errors?: { message: string }[] };
      expect(`${problem.detail} ${problem.errors?.[0]?.message ?? ""}`).toMatch(
        /reports to (this|the) person/,
      );
    }
    expect(cycles).toBe(0);
  }, 120_000);
});
