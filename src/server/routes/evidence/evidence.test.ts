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

    it("hides a deleted entry from lists, reads, the profile and the growth report, and audits it", async () => {
      const title = "Migrated the billing reports";
      const created = await (
        await log({
          date: "2026-04-04",
          title,
          competencies: ["execution"],
          visibility: "manager",
        })
      ).json();
      const base = `/api/v1/people/${cast.members.self.personId}`;
      const evidenceCount = async () =>
        (
          await (
            await test.app.request(`${base}/profile`, { headers: cast.headers("self") })
          ).json()
        ).competencies.execution.evidenceCount;
      const before = await evidenceCount();
      const removed = await test.app.request(`/api/v1/evidence/${created.id}`, {
        method: "DELETE",
        headers: cast.headers("self"),
      });
      expect(removed.status).toBe(204);

      const titles = async (kind: "self" | "directManager") =>
        (
          await (await test.app.request(`${base}/evidence`, { headers: cast.headers(kind) })).json()
        ).items.map((entry: { title: string }) => entry.title);
      expect(await titles("self")).not.toContain(title);
      expect(await titles("directManager")).not.toContain(title);
      expect(
        (
          await test.app.request(`/api/v1/evidence/${created.id}`, {
            headers: cast.headers("self"),
          })
        ).status,
      ).toBe(404);
      expect(await evidenceCount()).toBe(before - 1);
      const report = await (
        await test.app.request(`${base}/report.md?includePrivate=true`, {
          headers: cast.headers("self"),
        })
      ).text();
      expect(report).not.toContain(title);
      const again = await test.app.request(`/api/v1/evidence/${created.id}`, {
        method: "DELETE",
        headers: cast.headers("self"),
      });
      expect(again.status).toBe(404);
      const trail = await listAuditLog(test.db, { orgId: cast.orgId, targetId: created.id });
      expect(trail.map((entry) => entry.action)).toEqual(["evidence:delete", "evidence:create"]);
    });

    it("finds entries by words, competency and date range, in pages", async () => {
      const personId = cast.members.peer.personId;
      const logAs = (body: unknown) =>
        test.app.request(
          `/api/v1/people/${personId}/evidence`,
          jsonRequest("POST", body, cast.headers("peer")),
        );
      await logAs({
        date: "2026-01-10",
        title: "Ran 100% of the interviews",
        competencies: ["customer-insight"],
      });
      await logAs({
        date: "2026-02-10",
        title: "Priced the new plan",
        outcome: "Interviews showed demand",
        competencies: ["product-strategy"],
      });
      await logAs({ date: "2026-03-10", title: "Shipped search", competencies: ["execution"] });
      const find = async (query: string) => {
        const res = await test.app.request(`/api/v1/people/${personId}/evidence?${query}`, {
          headers: cast.headers("peer"),
        });
        expect(res.status).toBe(200);
        const page = await res.json();
        return { titles: page.items.map((e: { title: string }) => e.title), next: page.nextCursor };
      };
      expect((await find("q=interview")).titles).toEqual([
        "Priced the new plan",
        "Ran 100% of the interviews",
      ]);
      expect((await find("q=100%25")).titles).toEqual(["Ran 100% of the interviews"]);
      expect((await find("q=1_0")).titles).toEqual([]);
      expect((await find("competency=execution")).titles).toEqual(["Shipped search"]);
      expect((await find("from=2026-02-01&to=2026-02-28")).titles).toEqual(["Priced the new plan"]);
      const first = await find("limit=2");
      expect(first.titles).toEqual(["Shipped search", "Priced the new plan"]);
      expect((await find(`limit=2&cursor=${first.next}`)).titles).toEqual([
        "Ran 100% of the interviews",
      ]);
      const unknown = await test.app.request(
        `/api/v1/people/${personId}/evidence?competency=magic`,
        { headers: cast.headers("peer") },
      );
      expect(unknown.status).toBe(400);
      expect((await unknown.json()).errors[0].path).toBe("competency");
      const backwards = await test.app.request(
        `/api/v1/people/${personId}/evidence?from=2026-03-01&to=2026-02-01`,
        { headers: cast.headers("peer") },
      );
      expect((await backwards.json()).errors[0].path).toBe("to");
    });
  });
});
