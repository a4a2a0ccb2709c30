import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import { createTestApp, jsonRequest, type TestApp } from "../../../../test/server/test-app.ts";
import { setupOrganisation } from "../../../storage/queries/setup-organisation.ts";
import { createUser } from "../../../storage/queries/users.ts";
import { sessions } from "../../../storage/schema.ts";
import { hashPassword } from "../../auth/password.ts";
import { digestToken } from "../../auth/tokens.ts";

const password = "correct horse battery";
const minute = 60_000;
const hour = 60 * minute;
const clock = { at: Date.parse("2026-06-01T08:00:00Z") };

describe.each(testDatabaseKinds())("session lifetime on %s", (kind) => {
  let test: TestApp;

  beforeAll(async () => {
    test = await createTestApp({ now: () => new Date(clock.at) }, kind);
    const owner = await setupOrganisation(test.db, {
      organisationName: "Acme",
      ownerName: "Ava Lindqvist",
      email: "ava@example.com",
      passwordHash: await hashPassword(password),
    });
    await createUser(test.db, {
      orgId: owner.orgId,
      email: "ben@example.com",
      passwordHash: await hashPassword(password),
    });
  });
  afterAll(() => test.close());

  async function signIn(email = "ava@example.com") {
    const res = await test.app.request(
      "/api/v1/session/login",
      jsonRequest("POST", { email, password }),
    );
    expect(res.status).toBe(200);
    const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
    const { csrfToken } = (await res.json()) as { csrfToken: string };
    return { cookie, csrfToken, token: cookie.split("=")[1] ?? "" };
  }

  const me = async (cookie: string) =>
    (await test.app.request("/api/v1/session/me", { headers: { cookie } })).status;

  async function lastSeen(token: string): Promise<number | undefined> {
    const [row] = await test.db
      .select({ lastSeenAt: sessions.lastSeenAt })
      .from(sessions)
      .where(eq(sessions.id, digestToken(token)));
    return row?.lastSeenAt.getTime();
  }

  it("ends a session after 12 hours without a request", async () => {
    const { cookie } = await signIn();
    clock.at += 12 * hour - minute;
    expect(await me(cookie)).toBe(200);
    clock.at += 12 * hour - minute;
    expect(await me(cookie)).toBe(200);
    clock.at += 12 * hour;
    expect(await me(cookie)).toBe(401);
  });

  it("records a request's time at most once a minute", async () => {
    const { cookie, token } = await signIn();
    const signedInAt = clock.at;
    expect(await lastSeen(token)).toBe(signedInAt);
    clock.at += 30_000;
    expect(await me(cookie)).toBe(200);
    expect(await lastSeen(token)).toBe(signedInAt);
    clock.at += 40_000;
    expect(await me(cookie)).toBe(200);
    expect(await lastSeen(token)).toBe(clock.at);
  });

  it("ends even a busy session 14 days after sign-in", async () => {
    const { cookie } = await signIn();
    const signedInAt = clock.at;
    while (clock.at < signedInAt + 14 * 24 * hour - 11 * hour) {
      clock.at += 11 * hour;
      expect(await me(cookie)).toBe(200);
    }
    clock.at = signedInAt + 14 * 24 * hour;
    expect(await me(cookie)).toBe(401);
  });

  it("takes a shorter idle timeout when configured", async () => {
    const strict = await createTestApp(
      { now: () => new Date(clock.at), sessions: { idleTimeoutMs: 30 * minute } },
      kind,
    );
    try {
      await setupOrganisation(strict.db, {
        organisationName: "Acme",
        ownerName: "Ava Lindqvist",
        email: "ava@example.com",
        passwordHash: await hashPassword(password),
      });
      const res = await strict.app.request(
        "/api/v1/session/login",
        jsonRequest("POST", { email: "ava@example.com", password }),
      );
      const cookie = (res.headers.get("set-cookie") ?? "").split(";")[0] ?? "";
      const ask = async () =>
        (await strict.app.request("/api/v1/session/me", { headers: { cookie } })).status;
      clock.at += 29 * minute;
      expect(await ask()).toBe(200);
      clock.at += 31 * minute;
      expect(await ask()).toBe(401);
    } finally {
      await strict.close();
    }
  });

  it("signs out everywhere: every session of the user ends, other users' stay", async () => {
    const laptop = await signIn();
    const phone = await signIn();
    const colleague = await signIn("ben@example.com");
    const forged = await test.app.request("/api/v1/session/sign-out-everywhere", {
      method: "POST",
      headers: { cookie: laptop.cookie },
    });
    expect(forged.status).toBe(403);
    expect(await me(phone.cookie)).toBe(200);
    const out = await test.app.request("/api/v1/session/sign-out-everywhere", {
      method: "POST",
      headers: { cookie: laptop.cookie, "x-csrf-token": laptop.csrfToken },
    });
    expect(out.status).toBe(204);
    expect(out.headers.get("set-cookie")).toMatch(/Max-Age=0/);
    expect(await me(laptop.cookie)).toBe(401);
    expect(await me(phone.cookie)).toBe(401);
    expect(await me(colleague.cookie)).toBe(200);
  });

  it("asks for a sign-in before signing out everywhere", async () => {
    const res = await test.app.request("/api/v1/session/sign-out-everywhere", { method: "POST" });
    expect(res.status).toBe(401);
    expect(res.headers.get("content-type")).toBe("application/problem+json");
    expect((await res.json()).detail).toMatch(/sign in first/);
  });
});
