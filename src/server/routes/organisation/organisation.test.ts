import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { getOrganisationTimeZone } from "../../../storage/queries/organisation-time-zone.ts";
import { listRoleHistory } from "../../../storage/queries/role-history.ts";

// 13:00 UTC on 1 June is already 01:00 on 2 June in Auckland (NZST, UTC+12).
const aucklandMorning = new Date("2026-06-01T13:00:00Z");

describeOnEachDatabase("the organisation's time zone", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db, { now: () => aucklandMorning });
    const admin = cast.members.admin.headers;
    const setZone = (timeZone: unknown, headers = admin) =>
      app.request("/api/v1/organisation", jsonRequest("PATCH", { timeZone }, headers));
    const session = async () =>
      (await app.request("/api/v1/session/me", { headers: admin })).json();
    return { db, cast, app, admin, setZone, session };
  }

  it("is UTC until an admin sets one, and the session's today is the UTC date", async () => {
    const { db, cast, session } = await setUp();
    expect(await getOrganisationTimeZone(db, cast.orgId)).toBe("UTC");
    const me = await session();
    expect(me.organisation).toMatchObject({ id: cast.orgId, timeZone: "UTC" });
    expect(me.today).toBe("2026-06-01");
  });

  it("dates a role change and the session's today on Auckland's calendar", async () => {
    const { db, cast, app, admin, setZone, session } = await setUp();
    const res = await setZone("Pacific/Auckland");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ id: cast.orgId, timeZone: "Pacific/Auckland" });
    expect((await session()).today).toBe("2026-06-02");

    const ava = cast.members.self.personId;
    const change = await app.request(
      `/api/v1/people/${ava}`,
      jsonRequest("PATCH", { roleId: "senior-pm" }, admin),
    );
    expect(change.status).toBe(200);
    const history = await listRoleHistory(db, cast.orgId, ava);
    expect(history.find((entry) => entry.roleId === "senior-pm")?.from).toBe("2026-06-02");

    const [entry] = await listAuditLog(db, {
      orgId: cast.orgId,
      action: "org:set-time-zone",
    });
    expect(entry).toMatchObject({
      action: "org:set-time-zone",
      targetType: "organisation",
      targetId: cast.orgId,
      detail: { from: "UTC", to: "Pacific/Auckland" },
    });
  });

  it("leaves the other organisation on its own calendar", async () => {
    const { db, cast, setZone } = await setUp();
    await setZone("Pacific/Auckland");
    expect(await getOrganisationTimeZone(db, cast.otherOrgId)).toBe("UTC");
  });

  it("refuses a zone it does not know with a 400 naming the field and how to fix it", async () => {
    const { db, cast, setZone } = await setUp();
    const res = await setZone("Mars/Olympus");
    expect(res.status).toBe(400);
    const problem = await res.json();
    expect(problem.errors).toEqual([
      expect.objectContaining({
        path: "timeZone",
        message: expect.stringContaining("Mars/Olympus"),
        hint: expect.stringContaining("Europe/Berlin"),
      }),
    ]);
    expect(await getOrganisationTimeZone(db, cast.orgId)).toBe("UTC");
  });

  it("lets only admins change it", async () => {
    const { db, cast, setZone } = await setUp();
    const res = await setZone("Europe/Berlin", cast.members.directManager.headers);
    expect(res.status).toBe(403);
    expect(await getOrganisationTimeZone(db, cast.orgId)).toBe("UTC");
  });
});
