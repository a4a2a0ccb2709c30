import { eq } from "drizzle-orm";
import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { digestToken } from "../../../app/secret-token.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { apiTokens, users } from "../../../storage/schema.ts";

describeOnEachDatabase("personal access tokens", (database) => {
  let clock = new Date("2026-06-01T09:00:00Z");
  async function setUp() {
    const { db } = database();
    clock = new Date("2026-06-01T09:00:00Z");
    const cast = await seedCast(db);
    const app = createAppOnDatabase(db, { now: () => clock });
    const cookie = cast.members.self.headers;
    const create = async (body: unknown) =>
      app.request("/api/v1/me/tokens", jsonRequest("POST", body, cookie));
    const bearer = (token: string) => ({ authorization: `Bearer ${token}` });
    return { db, cast, app, cookie, create, bearer };
  }

  it("shows the token once, keeps only its digest and hint, and lists it", async () => {
    const { db, cast, app, cookie, create } = await setUp();
    const res = await create({ name: "Nightly export", scope: "read" });
    expect(res.status).toBe(201);
    const { token, details } = await res.json();
    expect(token).toMatch(/^pw_[A-Za-z0-9_-]{43}$/);
    expect(details).toMatchObject({ name: "Nightly export", scope: "read", status: "active" });
    expect(details.hint).toBe(token.slice(-4));
    expect(new Date(details.expiresAt).getTime() - clock.getTime()).toBe(90 * 86_400_000);
    const [row] = await db.select().from(apiTokens);
    expect(row?.tokenDigest).toBe(digestToken(token));
    expect(JSON.stringify(row)).not.toContain(token);
    const list = await (await app.request("/api/v1/me/tokens", { headers: cookie })).json();
    expect(list.items).toHaveLength(1);
    expect(JSON.stringify(list)).not.toContain(token);
    const [entry] = await listAuditLog(db, { orgId: cast.orgId, action: "token:create" });
    expect(entry?.targetId).toBe(details.id);
  });

  it("refuses a bad name, scope or lifetime with the field to fix", async () => {
    const { create } = await setUp();
    for (const body of [
      { name: "", scope: "read" },
      { name: "x", scope: "admin" },
      { name: "x", scope: "read", expiresInDays: 400 },
      { name: "x", scope: "read", expiresInDays: 0 },
    ]) {
      const res = await create(body);
      expect(res.status).toBe(400);
      expect((await res.json()).errors?.[0]?.hint).toBeTruthy();
    }
  });

  it("acts as its owner by bearer, without CSRF; read-only refuses writes", async () => {
    const { app, create, bearer, cast } = await setUp();
    const read = (await (await create({ name: "r", scope: "read" })).json()).token;
    const rw = (await (await create({ name: "rw", scope: "read-write" })).json()).token;
    const ava = cast.members.self.personId;
    const get = await app.request(`/api/v1/people/${ava}`, { headers: bearer(read) });
    expect(get.status).toBe(200);
    const write = (token: string) =>
      app.request(`/api/v1/people/${ava}`, jsonRequest("PATCH", { name: "Ava S." }, bearer(token)));
    const refused = await write(read);
    expect(refused.status).toBe(403);
    expect((await refused.json()).detail).toContain("read-only");
    expect((await write(rw)).status).toBe(200);
    // The policy still applies: Ava's token cannot read someone she does not manage.
    const other = await app.request(`/api/v1/people/${cast.members.admin.personId}`, {
      headers: bearer(rw),
    });
    expect(other.status).toBe(403);
    // A token cannot make tokens.
    const minted = await app.request(
      "/api/v1/me/tokens",
      jsonRequest("POST", { name: "more", scope: "read" }, bearer(rw)),
    );
    expect(minted.status).toBe(403);
  });

  it("answers 401 to a revoked, expired, unknown or deactivated token", async () => {
    const { db, app, cookie, create, bearer, cast } = await setUp();
    const path = `/api/v1/people/${cast.members.self.personId}`;
    const made = await (await create({ name: "r", scope: "read", expiresInDays: 1 })).json();
    expect((await app.request(path, { headers: bearer(made.token) })).status).toBe(200);
    expect((await app.request(path, { headers: bearer("pw_nonsense") })).status).toBe(401);

    await db
      .update(users)
      .set({ deactivatedAt: clock })
      .where(eq(users.id, cast.members.self.userId));
    expect((await app.request(path, { headers: bearer(made.token) })).status).toBe(401);
    await db
      .update(users)
      .set({ deactivatedAt: null })
      .where(eq(users.id, cast.members.self.userId));

    clock = new Date(clock.getTime() + 2 * 86_400_000);
    expect((await app.request(path, { headers: bearer(made.token) })).status).toBe(401);

    const live = await (await create({ name: "r2", scope: "read" })).json();
    const revoke = await app.request(`/api/v1/me/tokens/${live.details.id}`, {
      method: "DELETE",
      headers: cookie,
    });
    expect(await revoke.json()).toMatchObject({ status: "revoked" });
    const res = await app.request(path, { headers: bearer(live.token) });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
  });

  it("records the last use at most once a minute", async () => {
    const { db, app, create, bearer, cast } = await setUp();
    const { token } = await (await create({ name: "r", scope: "read" })).json();
    const path = `/api/v1/people/${cast.members.self.personId}`;
    const lastUsed = async () => (await db.select().from(apiTokens))[0]?.lastUsedAt?.toISOString();
    await app.request(path, { headers: bearer(token) });
    expect(await lastUsed()).toBe("2026-06-01T09:00:00.000Z");
    clock = new Date("2026-06-01T09:00:30Z");
    await app.request(path, { headers: bearer(token) });
    expect(await lastUsed()).toBe("2026-06-01T09:00:00.000Z");
    clock = new Date("2026-06-01T09:01:00Z");
    await app.request(path, { headers: bearer(token) });
    expect(await lastUsed()).toBe("2026-06-01T09:01:00.000Z");
  });

  it("keeps CSRF for cookie requests", async () => {
    const { app, cast } = await setUp();
    const { "x-csrf-token": _csrf, ...cookieOnly } = cast.members.self.headers;
    const res = await app.request(
      "/api/v1/me/tokens",
      jsonRequest("POST", { name: "x", scope: "read" }, cookieOnly),
    );
    expect(res.status).toBe(403);
  });
});
