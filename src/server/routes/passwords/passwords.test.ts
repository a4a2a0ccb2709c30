import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../../test/db.ts";
import { latestMailLink } from "../../../../test/server/outbox-link.ts";
import { seedCast } from "../../../../test/server/seed-cast.ts";
import { createAppOnDatabase, jsonRequest } from "../../../../test/server/test-app.ts";
import { listAuditLog } from "../../../storage/queries/audit-log.ts";
import { outboxMails } from "../../../storage/schema.ts";

const newPassword = "river otter under the bridge";

describeOnEachDatabase("password reset and change", (database) => {
  async function setUp() {
    const { db } = database();
    const cast = await seedCast(db);
    let now = new Date("2026-06-01T09:00:00Z");
    const app = createAppOnDatabase(db, {
      now: () => now,
      publicUrl: "https://pathways.example.com",
    });
    const ava = cast.members.self;
    const avaEmail = `ava@${cast.orgId.slice(0, 8)}.example`;
    const ask = (email: string) =>
      app.request("/api/v1/password-resets", jsonRequest("POST", { email }));
    const complete = (token: string, password: string) =>
      app.request(
        `/api/v1/password-resets/${encodeURIComponent(token)}/complete`,
        jsonRequest("POST", { password }),
      );
    const login = (password: string) =>
      app.request("/api/v1/session/login", jsonRequest("POST", { email: avaEmail, password }));
    const me = (headers: Record<string, string>) => app.request("/api/v1/session/me", { headers });
    const later = (ms: number) => {
      now = new Date(now.getTime() + ms);
    };
    return { db, cast, app, ava, avaEmail, ask, complete, login, me, later };
  }

  it("answers the same whether or not an account has the email, and mails only the account", async () => {
    const { db, ask, avaEmail } = await setUp();
    const known = await ask(avaEmail);
    const unknown = await ask("nobody@nowhere.example");
    expect(known.status).toBe(202);
    expect(unknown.status).toBe(202);
    expect(await known.json()).toEqual(await unknown.json());
    const mails = await db.select().from(outboxMails);
    expect(mails.map((mail) => mail.toAddress)).toEqual([avaEmail]);
    expect(mails[0]?.kind).toBe("password-reset");
  });

  it("sets a new password once, ends every session, and the new password signs in", async () => {
    const { db, cast, ava, avaEmail, ask, complete, login, me } = await setUp();
    await ask(avaEmail);
    const { url, token } = await latestMailLink(db, "password-reset", avaEmail);
    expect(url.startsWith("https://pathways.example.com/reset-password?token=")).toBe(true);

    const weak = await complete(token, "qwerty123456");
    expect(weak.status).toBe(400);
    expect((await weak.json()).errors[0].path).toBe("password");
    expect((await me(ava.headers)).status).toBe(200);

    expect((await complete(token, newPassword)).status).toBe(204);
    expect((await me(ava.headers)).status).toBe(401);
    expect((await login(newPassword)).status).toBe(200);

    const again = await complete(token, `${newPassword} again`);
    expect(again.status).toBe(400);
    expect((await again.json()).errors[0]).toMatchObject({
      path: "token",
      message: expect.stringContaining("already used"),
    });
    const actions = (await listAuditLog(db, { orgId: cast.orgId })).map((entry) => entry.action);
    expect(actions).toEqual(expect.arrayContaining(["password:reset-request", "password:reset"]));
  });

  it("refuses a link after an hour", async () => {
    const { db, avaEmail, ask, complete, later } = await setUp();
    await ask(avaEmail);
    const { token } = await latestMailLink(db, "password-reset", avaEmail);
    later(60 * 60_000 + 1);
    const res = await complete(token, newPassword);
    expect(res.status).toBe(400);
    expect((await res.json()).errors[0].message).toContain("expired");
  });

  it("limits requests per email like sign-in, known or not", async () => {
    const { ask } = await setUp();
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) statuses.push((await ask("nobody@nowhere.example")).status);
    expect(statuses).toEqual([202, 202, 202, 202, 202, 429]);
  });

  it("changes one's own password with the current one, ending the other sessions", async () => {
    const { app, ava, login, me } = await setUp();
    const change = (body: unknown) =>
      app.request("/api/v1/session/password", jsonRequest("POST", body, ava.headers));
    const wrong = await change({ currentPassword: "not it", newPassword });
    expect(wrong.status).toBe(400);
    expect((await wrong.json()).errors[0].path).toBe("currentPassword");
    const weak = await change({ currentPassword: "x", newPassword: "short" });
    expect(weak.status).toBe(400);
    expect((await weak.json()).errors[0].path).toBe("newPassword");

    const changed = await change({ currentPassword: "x", newPassword });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("set-cookie")).toContain("HttpOnly");
    expect((await me(ava.headers)).status).toBe(401);
    expect((await login("x")).status).toBe(401);
    expect((await login(newPassword)).status).toBe(200);
  });
});
