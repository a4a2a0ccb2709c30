import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { listOutboxMails } from "../../../storage/queries/outbox-listing.ts";

const day = (offset: number) =>
  new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

describeOnEachDatabase("check-in cycle routes", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db, { publicUrl: "https://pathways.example.com" });
    const { admin, directManager, self } = cast.members;
    const post = (path: string, body: unknown, headers = admin.headers) =>
      app.request(path, jsonRequest("POST", body, headers));
    const get = (path: string, headers = admin.headers) => app.request(path, { headers });
    return { db, cast, app, admin, directManager, self, post, get };
  }

  it("opens a cycle for a manager's people, shows completion, reminds and closes it", async () => {
    const { db, cast, directManager, self, post, get } = await setUp();
    const opened = await post("/api/v1/cycles", {
      name: "H1 2027 career check-in",
      startsOn: day(0),
      endsOn: day(21),
      population: { kind: "team", managerId: directManager.personId },
      raters: { self: true, manager: true, peers: 0 },
    });
    expect(opened.status).toBe(201);
    const cycle = await opened.json();
    // Ava and her peer Dev both report to Ben.
    expect(cycle).toMatchObject({ status: "open", participants: 2, raters: { peers: 0 } });
    expect((await (await get("/api/v1/cycles", self.headers)).json()).items).toHaveLength(1);

    const completion = await get(
      `/api/v1/cycles/${cycle.id}/completion?managerId=${directManager.personId}`,
      directManager.headers,
    );
    expect(completion.status).toBe(200);
    const body = await completion.json();
    expect(body.people).toHaveLength(2);
    expect(body.people).toContainEqual(
      expect.objectContaining({ personId: self.personId, self: "to-do", complete: false }),
    );

    const nudged = await post(
      `/api/v1/cycles/${cycle.id}/nudges`,
      { personId: self.personId },
      directManager.headers,
    );
    expect(await nudged.json()).toMatchObject({ queued: true });
    const mails = await listOutboxMails(db, { orgId: cast.orgId });
    expect(mails.filter((mail) => mail.kind === "cycle-reminder")).toHaveLength(1);

    const closed = await post(`/api/v1/cycles/${cycle.id}/close`, undefined);
    expect(closed.status).toBe(200);
    expect((await closed.json()).status).toBe("closed");
    const actions = (await listAuditLog(db, { orgId: cast.orgId })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["cycle:open", "cycle:nudge", "cycle:close"]));
  });

  it("refuses a window that ends before it starts, in plain words, and opens nothing", async () => {
    const { post, get } = await setUp();
    const res = await post("/api/v1/cycles", {
      name: "Backwards",
      startsOn: day(10),
      endsOn: day(2),
      population: { kind: "everyone" },
      raters: { self: true, manager: false, peers: 0 },
    });
    expect(res.status).toBe(400);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    const problem = await res.json();
    expect(JSON.stringify(problem)).toContain("before it starts");
    expect(problem.errors?.[0]?.path ?? problem.fields?.[0]?.path).toBe("endsOn");
    expect((await (await get("/api/v1/cycles")).json()).items).toEqual([]);
  });

  it("refuses a malformed date and an unknown population kind with the field to fix", async () => {
    const { post } = await setUp();
    const res = await post("/api/v1/cycles", {
      name: "Q3",
      startsOn: "next monday",
      endsOn: day(5),
      population: { kind: "somebody" },
      raters: { self: true, manager: true, peers: 11 },
    });
    expect(res.status).toBe(400);
    const text = JSON.stringify(await res.json());
    expect(text).toContain("Must be a date such as 2027-01-11");
    expect(text).toContain("Ask at most 10 peers per person");
  });
});
