import { describe, expect, it } from "vitest";
import { createLoginRateLimit } from "./login-rate-limit.ts";

describe("createLoginRateLimit", () => {
  it("blocks a key after the allowed failures until the window ends", () => {
    let clock = 0;
    const limit = createLoginRateLimit({ maxAttempts: 3, windowMs: 1000, now: () => clock });
    for (let i = 0; i < 3; i += 1) {
      expect(limit.retryAfterMs("ip|ava@example.com")).toBe(0);
      limit.recordFailure("ip|ava@example.com");
    }
    clock = 400;
    expect(limit.retryAfterMs("ip|ava@example.com")).toBe(600);
    expect(limit.retryAfterMs("ip|ben@example.com")).toBe(0);
    clock = 1000;
    expect(limit.retryAfterMs("ip|ava@example.com")).toBe(0);
  });

  it("forgets the failures of a key after a successful sign-in", () => {
    const limit = createLoginRateLimit({ maxAttempts: 1, windowMs: 1000, now: () => 0 });
    limit.recordFailure("k");
    expect(limit.retryAfterMs("k")).toBeGreaterThan(0);
    limit.reset("k");
    expect(limit.retryAfterMs("k")).toBe(0);
  });
});
