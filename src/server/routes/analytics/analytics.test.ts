import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";

describe.each(testDatabaseKinds())("on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;
  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
  });
  afterAll(() => test.close());

  describe("analytics", () => {
    it("analyses the whole organisation for an admin, and audits the read", async () => {
      const res = await test.app.request("/api/v1/analytics/org", {
        headers: cast.headers("admin"),
      });
      expect(res.status).toBe(200);
      expect((await res.json()).people).toBe(5);
      const trail = await listAuditLog(test.db, { orgId: cast.orgId, targetType: "organisation" });
      expect(trail.map((entry) => entry.action)).toEqual(["analytics:org"]);
    });

    it("analyses only the reporting line for a skip-level manager", async () => {
      const url = `/api/v1/analytics/team/${cast.members.skipManager.personId}`;
      const body = await (
        await test.app.request(url, { headers: cast.headers("skipManager") })
      ).json();
      expect(body.people).toBe(3);
      expect(body.managerId).toBe(cast.members.skipManager.personId);
    });
  });
});
