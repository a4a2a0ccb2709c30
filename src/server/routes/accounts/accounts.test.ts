import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { seedMatrixFixtures } from "../../../../test/server/matrix-fixtures.ts";
import { type Cast, seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { changeOrgRole } from "../../../app/change-org-role.ts";
import { erasePersonData } from "../../../app/erase-person-data.ts";
import { localAdminActor } from "../../../app/local-admin-actor.ts";
import type { Actor } from "../../../app/policy.ts";
import type { Database } from "../../../storage/database.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { updateUser } from "../../../storage/queries/users.ts";
import {
  apiTokens,
  assessments,
  evidence,
  people,
  sessions,
  users,
} from "../../../storage/schema.ts";

async function makeOwner(db: Database, cast: Cast, who: "admin" | "self" | "peer"): Promise<void> {
  await updateUser(db, cast.orgId, cast.members[who].userId, { role: "owner" });
}

function ownerActor(cast: Cast, who: "admin" | "self" | "peer"): Extract<Actor, { kind: "user" }> {
  const m = cast.members[who];
  return { kind: "user", userId: m.userId, orgId: cast.orgId, personId: m.personId, role: "owner" };
}

describeOnEachDatabase("accounts: roles, ownership, deactivation", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db);
    const as = (who: keyof Cast["members"]) => cast.members[who].headers;
    const ava = cast.members.self;
    const email = (await db.select().from(users).where(eq(users.id, ava.userId)))[0]?.email ?? "";
    return { db, cast, app, as, ava, email };
  }

  it("deactivates: sessions and tokens end at once, sign-in says why, history stays", async () => {
    const { db, cast, app, as, ava, email } = await setUp();
    await db.insert(apiTokens).values({
      userId: ava.userId,
      name: "script",
      tokenDigest: "d1",
      hint: "abcd",
      scope: "read",
      expiresAt: new Date(Date.now() + 86_400_000),
    });
    const res = await app.request(
      `/api/v1/people/${ava.personId}/account/deactivate`,
      jsonRequest("POST", {}, as("admin")),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ status: "deactivated", role: "member" });
    expect(await db.select().from(sessions).where(eq(sessions.userId, ava.userId))).toEqual([]);
    const [token] = await db.select().from(apiTokens).where(eq(apiTokens.userId, ava.userId));
    expect(token?.revokedAt).not.toBeNull();
    const me = await app.request("/api/v1/session/me", { headers: as("self") });
    expect(me.status).toBe(401);

    const wrong = await app.request(
      "/api/v1/session/login",
      jsonRequest("POST", { email, password: "not it" }),
    );
    expect(wrong.status).toBe(401);
    expect((await wrong.json()).detail).not.toContain("deactivated");
    const right = await app.request(
      "/api/v1/session/login",
      jsonRequest("POST", { email, password: "x" }),
    );
    expect(right.status).toBe(403);
    expect((await right.json()).detail).toBe(
      "This account was deactivated; ask an admin of Acme to reactivate it.",
    );
    // History stays: the person and their record are still there.
    const person = await app.request(`/api/v1/people/${ava.personId}`, { headers: as("admin") });
    expect(person.status).toBe(200);
    const [entry] = await listAuditLog(db, { orgId: cast.orgId, action: "account:deactivate" });
    expect(entry).toMatchObject({
      targetId: ava.personId,
      detail: { sessionsEnded: 1, tokensRevoked: 1 },
    });

    const log = await app.request(`/api/v1/audit?personId=${ava.personId}`, {
      headers: as("admin"),
    });
    const summaries = (await log.json()).items.map((item: { summary: string }) => item.summary);
    expect(summaries).toContain("Erin deactivated the account of Ava; it can no longer sign in.");

    const back = await app.request(
      `/api/v1/people/${ava.personId}/account/reactivate`,
      jsonRequest("POST", {}, as("admin")),
    );
    expect(await back.json()).toMatchObject({ status: "active", deactivatedAt: null });
    const again = await app.request(
      "/api/v1/session/login",
      jsonRequest("POST", { email, password: "x" }),
    );
    expect(again.status).toBe(200);
  });

  it("refuses a session whose account was deactivated behind its back", async () => {
    const { db, app, as, ava } = await setUp();
    await db.update(users).set({ deactivatedAt: new Date() }).where(eq(users.id, ava.userId));
    const me = await app.request("/api/v1/session/me", { headers: as("self") });
    expect(me.status).toBe(401);
  });

  it("lets admins change members' roles but only owners make owners", async () => {
    const { db, cast, app, as, ava } = await setUp();
    const patch = (role: string, who: "admin" | "self" = "admin") =>
      app.request(
        `/api/v1/people/${ava.personId}/account`,
        jsonRequest("PATCH", { role }, as(who)),
      );
    expect((await patch("admin")).status).toBe(200);
    const owner = await patch("owner");
    expect(owner.status).toBe(403);
    expect((await owner.json()).detail).toContain("Only an owner");
    expect((await patch("boss")).status).toBe(400);
    await makeOwner(db, cast, "admin");
    expect(await (await patch("owner")).json()).toMatchObject({ role: "owner" });
    const [entry] = await listAuditLog(db, { orgId: cast.orgId, action: "account:role" });
    expect(entry?.detail).toEqual({ from: "admin", to: "owner" });
  });

  it("keeps at least one owner: the last owner can be neither demoted nor deactivated", async () => {
    const { db, cast, app, as } = await setUp();
    await makeOwner(db, cast, "admin");
    const erin = cast.members.admin.personId;
    const demote = await app.request(
      `/api/v1/people/${erin}/account`,
      jsonRequest("PATCH", { role: "admin" }, as("admin")),
    );
    expect(demote.status).toBe(409);
    expect((await demote.json()).detail).toContain("only owner");
    await makeOwner(db, cast, "peer");
    const byPeer = await app.request(
      `/api/v1/people/${erin}/account/deactivate`,
      jsonRequest("POST", {}, as("peer")),
    );
    expect(byPeer.status).toBe(200);
    const dev = cast.members.peer.personId;
    const lastOne = await changeOrgRole(db, ownerActor(cast, "peer"), dev, "member").catch(
      (e) => e,
    );
    expect(String(lastOne)).toContain("only owner");
  });

  it("hands over ownership in one step: the new owner is an owner, the old one an admin", async () => {
    const { db, cast, app, as, ava } = await setUp();
    const byAdmin = await app.request(
      "/api/v1/organisation/transfer-ownership",
      jsonRequest("POST", { personId: ava.personId }, as("admin")),
    );
    expect(byAdmin.status).toBe(403);
    await makeOwner(db, cast, "admin");
    const res = await app.request(
      "/api/v1/organisation/transfer-ownership",
      jsonRequest("POST", { personId: ava.personId }, as("admin")),
    );
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ role: "owner" });
    const [erin] = await db.select().from(users).where(eq(users.id, cast.members.admin.userId));
    expect(erin?.role).toBe("admin");
  });

  it("two owners demoting each other at once leave one owner", async () => {
    const { db, cast } = await setUp();
    await makeOwner(db, cast, "admin");
    await makeOwner(db, cast, "peer");
    const results = await Promise.allSettled([
      changeOrgRole(db, ownerActor(cast, "admin"), cast.members.peer.personId, "member"),
      changeOrgRole(db, ownerActor(cast, "peer"), cast.members.admin.personId, "member"),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const owners = await db.select().from(users).where(eq(users.role, "owner"));
    expect(owners).toHaveLength(1);
  });

  it("deletes a person's data on request, after the typed name, and keeps the audit trail", async () => {
    const { db, cast, app, as, ava } = await setUp();
    const fixtures = await seedMatrixFixtures(db, cast);
    await fixtures.feedbackRequest();
    const dev = cast.members.peer;
    const erase = (confirm: string, who: "admin" | "peer" = "admin") =>
      app.request(
        `/api/v1/people/${ava.personId}/erase`,
        jsonRequest("POST", { confirm }, as(who)),
      );
    expect((await erase("Ava", "peer")).status).toBe(403);
    const wrong = await erase("Eve");
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors[0].hint).toContain("Ava");
    expect(await db.select().from(evidence).where(eq(evidence.personId, ava.personId))).not.toEqual(
      [],
    );

    const res = await erase("Ava");
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({ account: true, evidence: 3, growthPlans: 1 });
    expect(await db.select().from(evidence).where(eq(evidence.personId, ava.personId))).toEqual([]);
    expect(
      await db.select().from(assessments).where(eq(assessments.personId, ava.personId)),
    ).toEqual([]);
    expect(await db.select().from(users).where(eq(users.id, ava.userId))).toEqual([]);
    expect((await app.request("/api/v1/session/me", { headers: as("self") })).status).toBe(401);
    expect(await db.select().from(people).where(eq(people.id, dev.personId))).toHaveLength(1);
    const [entry] = await listAuditLog(db, { orgId: cast.orgId, action: "person:erase" });
    expect(entry?.targetId).toBe(ava.personId);
    expect(JSON.stringify(entry?.detail)).not.toContain("Ava");
  });

  it("refuses to delete the data of the last owner", async () => {
    const { db, cast, app, as, ava } = await setUp();
    await makeOwner(db, cast, "self");
    const byAdmin = await app.request(
      `/api/v1/people/${ava.personId}/erase`,
      jsonRequest("POST", { confirm: "Ava" }, as("admin")),
    );
    expect(byAdmin.status).toBe(403);
    const refused = await erasePersonData(
      db,
      localAdminActor(cast.orgId),
      ava.personId,
      "Ava",
    ).catch((error) => error);
    expect(String(refused)).toContain("only owner");
    expect(await db.select().from(users).where(eq(users.id, ava.userId))).toHaveLength(1);
  });
});
