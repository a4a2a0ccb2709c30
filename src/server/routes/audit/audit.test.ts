import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { localAdminActor } from "../../../app/local-admin-actor.ts";
import { recordAuditEntry } from "../../../app/record-audit-entry.ts";
import { createPerson } from "../../../storage/queries/people.ts";

interface Entry {
  action: string;
  summary: string;
  actor: { userId: string | null; name: string; via: string };
  target: { type: string; id: string | null; name: string };
}

describe.each(testDatabaseKinds())("GET /api/v1/audit on %s", (kind) => {
  let test: TestApp;
  let cast: Cast;

  beforeAll(async () => {
    test = await createTestApp({}, kind);
    cast = await seedCast(test.db);
    const admin = cast.headers("admin");
    const ava = cast.members.self.personId;
    await test.app.request(`/api/v1/people/${ava}`, jsonRequest("PATCH", { team: "Core" }, admin));
    await test.app.request("/api/v1/exports/people.csv", { headers: admin });
    const ivy = await createPerson(test.db, { orgId: cast.orgId, name: "Ivy" });
    await test.app.request(`/api/v1/people/${ivy.id}`, { method: "DELETE", headers: admin });
    await recordAuditEntry(test.db, localAdminActor(cast.orgId), {
      action: "org:backup",
      targetType: "organisation",
      targetId: cast.orgId,
    });
  });
  afterAll(() => test.close());

  const read = async (query = "", who: "admin" | "self" = "admin") => {
    const res = await test.app.request(`/api/v1/audit${query}`, { headers: cast.headers(who) });
    return { status: res.status, body: await res.json() };
  };
  const summaries = (body: { items: Entry[] }) => body.items.map((entry) => entry.summary);

  it("tells an admin who did what to whom, newest first, in words", async () => {
    const { status, body } = await read();
    expect(status).toBe(200);
    expect(summaries(body)).toEqual([
      "An admin at the command line backed up Acme.",
      "Erin removed a person no longer in Pathways.",
      "Erin exported the people of Acme as CSV.",
      "Erin changed the record of Ava.",
    ]);
    expect(body.items[3]).toMatchObject({
      action: "person:update",
      actor: { userId: cast.members.admin.userId, name: "Erin", via: "web or API" },
      target: { type: "person", id: cast.members.self.personId, name: "Ava" },
    });
    expect(body.items[0].actor.via).toBe("command line");
  });

  it("filters by action, by actor, by target and by time", async () => {
    expect(summaries((await read("?action=export:people")).body)).toEqual([
      "Erin exported the people of Acme as CSV.",
    ]);
    const byErin = await read(`?actorUserId=${cast.members.admin.userId}`);
    expect(byErin.body.items).toHaveLength(3);
    const aboutAva = await read(`?targetType=person&targetId=${cast.members.self.personId}`);
    expect(summaries(aboutAva.body)).toEqual(["Erin changed the record of Ava."]);
    expect((await read("?from=2999-01-01")).body.items).toEqual([]);
    expect((await read("?to=2000-01-01T00:00:00Z")).body.items).toEqual([]);
    expect((await read("?from=2000-01-01&to=2999-01-01")).body.items).toHaveLength(4);
  });

  it("pages with the cursor", async () => {
    const first = await read("?limit=3");
    expect(first.body.items).toHaveLength(3);
    const rest = await read(`?limit=3&cursor=${first.body.nextCursor}`);
    expect(summaries(rest.body)).toEqual(["Erin changed the record of Ava."]);
    expect(rest.body.nextCursor).toBeNull();
  });

  it("refuses members, saying who may read it", async () => {
    const { status, body } = await read("", "self");
    expect(status).toBe(403);
    expect(body.detail).toBe("Only organisation admins can read the audit log.");
  });

  it("explains a time it cannot read, with where and how to fix it", async () => {
    const { status, body } = await read("?from=last-tuesday");
    expect(status).toBe(400);
    expect(body.errors[0].path).toBe("query.from");
    expect(JSON.stringify(body.errors[0])).toContain("2026-06-01");
  });

  it("keeps each organisation's trail to itself", async () => {
    const res = await test.app.request("/api/v1/audit", {
      headers: cast.headers("otherOrgAdmin"),
    });
    expect((await res.json()).items).toEqual([]);
  });
});
