import { gunzipSync } from "node:zlib";
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

    it("sends the same answer gzipped or not, with one ETag that earns a 304", async () => {
      const url = "/api/v1/analytics/org";
      const headers = cast.headers("admin");
      const plain = await test.app.request(url, { headers });
      const zipped = await test.app.request(url, {
        headers: { ...headers, "accept-encoding": "gzip, deflate" },
      });
      expect(plain.headers.get("content-encoding")).toBeNull();
      expect(zipped.headers.get("content-encoding")).toBe("gzip");
      const unzipped = gunzipSync(Buffer.from(await zipped.arrayBuffer())).toString("utf8");
      expect(JSON.parse(unzipped)).toEqual(await plain.json());
      const etag = plain.headers.get("etag");
      expect(etag).toMatch(/^W\/"/);
      expect(zipped.headers.get("etag")).toBe(etag);
      const again = await test.app.request(url, {
        headers: { ...headers, "if-none-match": etag ?? "" },
      });
      expect(again.status).toBe(304);
    });

    it("pages through every team's heatmap in name order, the same teams the answer counts", async () => {
      const headers = cast.headers("admin");
      const org = await (await test.app.request("/api/v1/analytics/org", { headers })).json();
      const first = await test.app.request("/api/v1/analytics/org/heatmap?limit=1", { headers });
      expect(first.status).toBe(200);
      const one = await first.json();
      expect(one.teams).toBe(org.heatmapTeams);
      expect(one.items).toEqual([org.heatmap[0]]);
      expect(one.nextOffset).toBe(1);
      const rest = await (
        await test.app.request(`/api/v1/analytics/org/heatmap?offset=${one.nextOffset}`, {
          headers,
        })
      ).json();
      expect([...one.items, ...rest.items].map((team) => team.team)).toEqual([
        "Payments",
        "People",
      ]);
      expect(rest.nextOffset).toBeNull();
    });

    it("pages through every manager's span of control with names, as many as the answer counts", async () => {
      const headers = cast.headers("admin");
      const org = await (await test.app.request("/api/v1/analytics/org", { headers })).json();
      const res = await test.app.request("/api/v1/analytics/org/span-of-control?limit=1", {
        headers,
      });
      expect(res.status).toBe(200);
      const page = await res.json();
      expect(page.managers).toBe(org.spanOfControlManagers);
      expect(page.managers).toBe(org.spanOfControl.length);
      expect(page.items).toHaveLength(1);
      expect(page.items[0].name).not.toBe("A manager");
      expect(org.spanOfControl.map((span: { managerId: string }) => span.managerId)).toContain(
        page.items[0].managerId,
      );
      expect(page.nextOffset).toBe(page.managers > 1 ? 1 : null);
      const counts = Object.values(org.spanOfControlCounts as Record<string, number>);
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(org.spanOfControlManagers);
    });

    it("refuses a heatmap page of no teams, saying what limit may be", async () => {
      const res = await test.app.request("/api/v1/analytics/org/heatmap?limit=0", {
        headers: cast.headers("admin"),
      });
      expect(res.status).toBe(400);
      expect(JSON.stringify(await res.json())).toContain("Limit must be a whole number of teams");
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
