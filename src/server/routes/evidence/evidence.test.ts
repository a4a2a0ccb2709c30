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

  const log = (body: unknown) =>
    test.app.request(
      `/api/v1/people/${cast.members.self.personId}/evidence`,
      jsonRequest("POST", body, cast.headers("self")),
    );

  describe("evidence", () => {
    it("keeps a new entry private unless the person shares it", async () => {
      const res = await log({
        date: "2026-04-02",
        title: "Cut churn",
        competencies: ["customer-insight"],
      });
      expect(res.status).toBe(201);
      expect(await res.json()).toMatchObject({ visibility: "private", outcome: null });
    });

    it("names competencies the framework does not have and bad dates", async () => {
      const unknown = await log({
        date: "2026-04-02",
        title: "Won",
        competencies: ["execution", "magic"],
      });
      expect(unknown.status).toBe(400);
      expect((await unknown.json()).errors[0]).toMatchObject({ path: "competencies.1" });
      const badDate = await log({ date: "02/04/2026", title: "Won" });
      expect((await badDate.json()).errors[0].path).toBe("date");
    });

    it("records a manager's read of shared evidence in the audit log", async () => {
      const created = await (
        await log({ date: "2026-04-03", title: "Shared", visibility: "manager" })
      ).json();
      const res = await test.app.request(`/api/v1/evidence/${created.id}`, {
        headers: cast.headers("directManager"),
      });
      expect(res.status).toBe(200);
      const trail = await listAuditLog(test.db, { orgId: cast.orgId, targetId: created.id });
      expect(trail.map((entry) => entry.action)).toEqual(["evidence:read", "evidence:create"]);
    });
  });
});
