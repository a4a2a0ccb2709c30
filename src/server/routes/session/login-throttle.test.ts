import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { testDatabaseKinds } from "../../../../test/db.ts";
import {
  createAppOnDatabase,
  createTestApp,
  jsonRequest,
  type TestApp,
} from "../../../../test/server/test-app.ts";
import { setupOrganisation } from "../../../storage/queries/setup-organisation.ts";
import { loginThrottles } from "../../../storage/schema.ts";
import { hashPassword } from "../../auth/password.ts";
import type { CreateAppOptions } from "../../create-app.ts";

const password = "correct horse battery";
const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
const now = () => new Date(clock.at);
// Behind one trusted proxy: it appends the address it saw to whatever the client sent.
const viaProxy = (seen: string, spoofed?: string) => ({
  "x-forwarded-for": spoofed ? `${spoofed}, ${seen}` : seen,
});

describe.each(testDatabaseKinds())("sign-in throttling on %s", (kind) => {
  let test: TestApp;
  const options: Partial<CreateAppOptions> = { trustProxy: 1, now };

  beforeAll(async () => {
    test = await createTestApp(options, kind);
    await setupOrganisation(test.db, {
      organisationName: "Acme",
      ownerName: "Ava Lindqvist",
      email: "ava@example.com",
      passwordHash: await hashPassword(password),
    });
  });
  beforeEach(async () => {
    clock.at += 60 * 60_000;
    await test.db.delete(loginThrottles);
  });
  afterAll(() => test.close());

  function login(
    email: string,
    attempt: string,
    headers: Record<string, string> = {},
    app = test.app,
  ) {
    return app.request(
      "/api/v1/session/login",
      jsonRequest("POST", { email, password: attempt }, headers),
    );
  }

  it("limits an email whatever the client writes into X-Forwarded-For", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 20; i += 1) {
      const res = await login("ava@example.com", "wrong", viaProxy("198.51.100.7", `10.9.9.${i}`));
      statuses.push(res.status);
    }
    expect(statuses.slice(0, 5)).toEqual([401, 401, 401, 401, 401]);
    expect(new Set(statuses.slice(5))).toEqual(new Set([429]));
  });

  it("limits one address spraying many emails, spoofed hops or not", async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 30; i += 1) {
      const spoofed = i % 2 === 0 ? `10.8.8.${i}` : undefined;
      const res = await login(`user${i}@example.com`, "wrong", viaProxy("198.51.100.8", spoofed));
      statuses.push(res.status);
    }
    expect(statuses.filter((status) => status === 401)).toHaveLength(20);
    expect(new Set(statuses.slice(20))).toEqual(new Set([429]));
    // Another client of the same proxy is not affected.
    const other = await login("ava@example.com", password, viaProxy("198.51.100.9"));
    expect(other.status).toBe(200);
  });

  it("keeps counting across a restart and across servers sharing the database", async () => {
    const address = viaProxy("198.51.100.10");
    for (let i = 0; i < 3; i += 1) {
      expect((await login("ava@example.com", "wrong", address)).status).toBe(401);
    }
    const restarted = createAppOnDatabase(test.db, options);
    const second = createAppOnDatabase(test.db, options);
    expect((await login("ava@example.com", "wrong", address, restarted)).status).toBe(401);
    expect((await login("ava@example.com", "wrong", address, second)).status).toBe(401);
    for (const app of [test.app, restarted, second]) {
      const refused = await login("ava@example.com", password, address, app);
      expect(refused.status).toBe(429);
    }
  });

  it("counts every one of many wrong passwords sent at once", async () => {
    const address = viaProxy("198.51.100.11");
    const answers = await Promise.all(
      Array.from({ length: 12 }, () => login("ava@example.com", "wrong", address)),
    );
    const statuses = answers.map((res) => res.status).sort();
    expect(statuses).toEqual([401, 401, 401, 401, 401, 429, 429, 429, 429, 429, 429, 429]);
    expect((await login("ava@example.com", password, address)).status).toBe(429);
  });

  it("answers a lockout the same for an account that exists and one that does not", async () => {
    const lockOut = async (email: string, address: string) => {
      for (let i = 0; i < 5; i += 1) await login(email, "wrong", viaProxy(address));
      return login(email, "wrong", viaProxy(address));
    };
    const known = await lockOut("ava@example.com", "198.51.100.12");
    const unknown = await lockOut("nobody@example.com", "198.51.100.13");
    expect(known.status).toBe(429);
    expect(unknown.status).toBe(429);
    expect(known.headers.get("retry-after")).toBe("900");
    const headersOf = (res: Response) =>
      [...res.headers.entries()].filter(([name]) => name !== "x-request-id");
    expect(headersOf(unknown)).toEqual(headersOf(known));
    const body = await known.text();
    expect(await unknown.text()).toBe(body);
    expect(JSON.parse(body).detail).toBe(
      "Too many sign-in attempts for this email or from this network; wait 900 seconds, then try again.",
    );
  });

  it("lets the email in again once the window has passed", async () => {
    const address = viaProxy("198.51.100.14");
    for (let i = 0; i < 5; i += 1) await login("ava@example.com", "wrong", address);
    expect((await login("ava@example.com", password, address)).status).toBe(429);
    clock.at += 15 * 60_000;
    expect((await login("ava@example.com", password, address)).status).toBe(200);
  });
});
