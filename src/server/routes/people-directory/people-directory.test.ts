import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { createPerson } from "../../../storage/queries/people.ts";
import { users } from "../../../storage/schema.ts";

describeOnEachDatabase("the People page", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    const now = new Date("2026-06-01T09:00:00Z");
    const app = createAppOnDatabase(db, { now: () => now });
    const admin = cast.members.admin.headers;
    const list = async (query: string, headers = admin) => {
      const res = await app.request(`/api/v1/people-directory${query}`, { headers });
      return { status: res.status, body: await res.json() };
    };
    const names = async (query: string) =>
      (await list(query)).body.items.map((entry: { name: string }) => entry.name);
    const fay = await createPerson(db, {
      orgId: cast.orgId,
      name: "Fay",
      email: "fay@acme.example",
      managerId: cast.members.directManager.personId,
      roleId: "pm",
      team: "Growth",
    });
    await createPerson(db, { orgId: cast.orgId, name: "Gus", email: "gus@acme.example" });
    return { db, cast, app, admin, list, names, fay };
  }

  it("lists everyone with manager and account status, and filters by status", async () => {
    const { app, admin, names, list, fay } = await setUp();
    expect(await names("")).toEqual(["Ava", "Ben", "Cleo", "Dev", "Erin", "Fay", "Gus"]);
    const { body } = await list("?search=fay");
    expect(body.items).toEqual([
      expect.objectContaining({
        personId: fay.id,
        managerName: "Ben",
        team: "Growth",
        accountStatus: "none",
        orgRole: null,
        invitation: null,
      }),
    ]);
    await app.request("/api/v1/invitations", jsonRequest("POST", { personIds: [fay.id] }, admin));
    expect(await names("?status=invited")).toEqual(["Fay"]);
    expect(await names("?status=none")).toEqual(["Gus"]);
    expect((await list("?status=invited")).body.items[0].invitation).toMatchObject({
      expiresAt: "2026-06-08T09:00:00.000Z",
      expired: false,
      sendCount: 1,
    });
  });

  it("shows deactivated accounts, searches emails, filters by team and role, pages in SQL", async () => {
    const { db, cast, names, list } = await setUp();
    await db
      .update(users)
      .set({ deactivatedAt: new Date() })
      .where(eq(users.id, cast.members.peer.userId));
    expect(await names("?status=deactivated")).toEqual(["Dev"]);
    expect(await names("?search=GUS%40ACME")).toEqual(["Gus"]);
    expect(await names("?team=Growth")).toEqual(["Fay"]);
    expect(await names("?roleId=senior-pm")).toEqual(["Ben"]);
    expect(await names("?search=%25")).toEqual([]);
    const first = await list("?limit=3");
    expect(first.body.items).toHaveLength(3);
    const second = await list(`?limit=3&cursor=${first.body.nextCursor}`);
    expect(second.body.items.map((entry: { name: string }) => entry.name)).toEqual([
      "Dev",
      "Erin",
      "Fay",
    ]);
  });

  it("opens a person with their role history", async () => {
    const { app, admin, cast } = await setUp();
    const ava = cast.members.self.personId;
    await app.request(
      `/api/v1/people/${ava}`,
      jsonRequest("PATCH", { roleId: "senior-pm" }, admin),
    );
    const res = await app.request(`/api/v1/people-directory/${ava}`, { headers: admin });
    const body = await res.json();
    expect(body).toMatchObject({ name: "Ava", accountStatus: "active", orgRole: "member" });
    expect(body.roleHistory[0]).toMatchObject({ roleId: "senior-pm", to: null });
  });

  it("is for admins only, and says what a bad filter should be", async () => {
    const { list, cast } = await setUp();
    expect((await list("", cast.members.directManager.headers)).status).toBe(403);
    const bad = await list("?status=gone");
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain("none, invited, active or deactivated");
  });
});
