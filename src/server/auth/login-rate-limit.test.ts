import { expect, it } from "vitest";
import { describeOnEachDatabase } from "../../../test/db.ts";
import { findLoginThrottle } from "../../storage/queries/login-throttles.ts";
import { loginThrottles } from "../../storage/schema.ts";
import { createLoginRateLimit, loginThrottleKey } from "./login-rate-limit.ts";

describeOnEachDatabase("the login rate limit", (database) => {
  const ava = { email: "ava@example.com", address: "203.0.113.9" };

  function limiter(clock: { at: number }, settings = {}) {
    return createLoginRateLimit({
      db: database().db,
      now: () => new Date(clock.at),
      attemptsPerAccount: 3,
      attemptsPerAddress: 5,
      windowMs: 1000,
      ...settings,
    });
  }

  it("lets an email try as often as allowed, then makes it wait until the window ends", async () => {
    const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
    const start = clock.at;
    const limit = limiter(clock);
    for (let i = 0; i < 3; i += 1) expect(await limit.attempt(ava)).toBe(0);
    clock.at = start + 400;
    expect(await limit.attempt(ava)).toBe(600);
    // Another address does not help: the email itself is limited.
    expect(await limit.attempt({ ...ava, address: "198.51.100.1" })).toBe(600);
    expect(await limit.attempt({ email: "ben@example.com", address: "198.51.100.2" })).toBe(0);
    clock.at = start + 1000;
    expect(await limit.attempt(ava)).toBe(0);
  });

  it("limits one address however many emails it tries", async () => {
    const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
    const limit = limiter(clock);
    const waits: number[] = [];
    for (let i = 0; i < 8; i += 1) {
      waits.push(await limit.attempt({ email: `user${i}@example.com`, address: ava.address }));
    }
    expect(waits).toEqual([0, 0, 0, 0, 0, 1000, 1000, 1000]);
  });

  it("forgets the email's attempts after a right password and gives the address one back", async () => {
    const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
    const limit = limiter(clock);
    await limit.attempt(ava);
    await limit.attempt(ava);
    await limit.succeeded(ava);
    const { db } = database();
    expect(await findLoginThrottle(db, loginThrottleKey("account", ava.email))).toBeNull();
    expect((await findLoginThrottle(db, loginThrottleKey("address", ava.address)))?.attempts).toBe(
      1,
    );
  });

  it("counts every one of many concurrent attempts", async () => {
    const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
    // Two limiters stand for two servers on one database.
    const one = limiter(clock, { attemptsPerAccount: 100, attemptsPerAddress: 100 });
    const two = limiter(clock, { attemptsPerAccount: 100, attemptsPerAddress: 100 });
    await Promise.all(Array.from({ length: 24 }, (_, i) => (i % 2 === 0 ? one : two).attempt(ava)));
    const { db } = database();
    const account = await findLoginThrottle(db, loginThrottleKey("account", ava.email));
    expect(account?.attempts).toBe(24);
  });

  it("keeps neither emails nor addresses, only digests", async () => {
    const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
    await limiter(clock).attempt(ava);
    const rows = await database().db.select().from(loginThrottles);
    expect(rows).toHaveLength(2);
    for (const row of rows) {
      expect(row.key).not.toContain("ava");
      expect(row.key).not.toContain("203.0");
    }
  });

  it("removes the counts of windows that have ended", async () => {
    const clock = { at: Date.parse("2026-06-01T08:00:00Z") };
    await limiter(clock).attempt(ava);
    clock.at += 60 * 60_000;
    // A server (here a new one) sweeps the ended windows on its next attempt.
    await limiter(clock).attempt({ email: "ben@example.com", address: "198.51.100.2" });
    const { db } = database();
    expect(await findLoginThrottle(db, loginThrottleKey("account", ava.email))).toBeNull();
    expect(await db.select().from(loginThrottles)).toHaveLength(2);
  });
});
