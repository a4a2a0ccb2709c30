import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type Cast, type CastKind, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, type TestApp } from "../../../../test/server/test-app.ts";
import { readCsv } from "../../../framework/csv/read-csv.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";

let test: TestApp;
let cast: Cast;
beforeAll(async () => {
  test = await createTestApp();
  cast = await seedCast(test.db);
});
afterAll(() => test.close());

const get = (path: string, kind: CastKind) =>
  test.app.request(path, { headers: cast.headers(kind) });
const rows = async (res: Response) =>
  readCsv(await res.text()).records.map((record) => record.cells);

describe("CSV exports", () => {
  it("gives an admin the people as a CSV attachment, and audits it", async () => {
    const res = await get("/api/v1/exports/people.csv", "admin");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(res.headers.get("content-disposition")).toBe('attachment; filename="people.csv"');
    const csv = await rows(res);
    expect(csv[0]).toEqual([
      "name",
      "email",
      "job title",
      "role id",
      "manager email",
      "team",
      "start date",
    ]);
    expect(csv.length).toBe(6);
    const trail = await listAuditLog(test.db, { orgId: cast.orgId, targetType: "organisation" });
    expect(trail.map((entry) => entry.action)).toContain("export:people");
  });

  it("exports people in the people import's columns, so the export imports as it is", async () => {
    const exported = await (await get("/api/v1/exports/people.csv", "admin")).text();
    const planned = await test.app.request("/api/v1/imports/people?dryRun=true", {
      method: "POST",
      headers: { ...cast.headers("admin"), "content-type": "text/csv" },
      body: exported,
    });
    const plan = await planned.json();
    expect(planned.status, JSON.stringify(plan.errors)).toBe(200);
    expect(plan.counts).toEqual({ create: 0, update: 0, unchanged: 5 });
  });

  it("gives an admin the ratings with the export's header", async () => {
    const res = await get("/api/v1/exports/ratings.csv", "admin");
    expect(res.status).toBe(200);
    expect((await rows(res))[0]).toEqual([
      "person email",
      "assessment id",
      "rater kind",
      "submitted at",
      "framework version",
      "competency",
      "level",
      "note",
    ]);
  });

  it("refuses the people and ratings exports to everyone but admins", async () => {
    for (const kind of ["self", "directManager", "skipManager"] as const) {
      expect((await get("/api/v1/exports/people.csv", kind)).status).toBe(403);
      expect((await get("/api/v1/exports/ratings.csv", kind)).status).toBe(403);
    }
    expect((await get("/api/v1/exports/people.csv", "anonymous")).status).toBe(401);
  });

  it("gives a manager the team analytics of their reports, but not of someone else's team", async () => {
    const manager = cast.members.directManager.personId;
    const own = await get(
      `/api/v1/exports/team-analytics.csv?managerId=${manager}`,
      "directManager",
    );
    expect(own.status).toBe(200);
    expect((await rows(own))[0]).toEqual([
      "team",
      "people",
      "competency id",
      "competency",
      "mean level",
      "people rated",
    ]);
    expect(
      (await get(`/api/v1/exports/team-analytics.csv?managerId=${manager}`, "peer")).status,
    ).toBe(403);
    expect((await get("/api/v1/exports/team-analytics.csv", "directManager")).status).toBe(403);
    expect((await get("/api/v1/exports/team-analytics.csv", "admin")).status).toBe(200);
  });
});
