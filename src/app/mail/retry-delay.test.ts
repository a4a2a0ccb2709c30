import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultRetryPolicy, retryDelay } from "./retry-delay.ts";

describe("the wait before a mail is tried again", () => {
  it("doubles with every failed attempt, jittered between half and all of the step", () => {
    expect(retryDelay(1, defaultRetryPolicy, 0)).toBe(15_000);
    expect(retryDelay(1, defaultRetryPolicy, 0.999_999)).toBe(30_000);
    expect(retryDelay(2, defaultRetryPolicy, 0)).toBe(30_000);
    expect(retryDelay(3, defaultRetryPolicy, 0)).toBe(60_000);
  });

  it("gives up once the attempts are used up", () => {
    expect(retryDelay(defaultRetryPolicy.maxAttempts, defaultRetryPolicy, 0.5)).toBeNull();
    expect(retryDelay(defaultRetryPolicy.maxAttempts - 1, defaultRetryPolicy, 0.5)).not.toBeNull();
  });

  it("never waits longer than the cap nor less than half the first step", () => {
    const policy = { baseMs: 1_000, maxMs: 60_000, maxAttempts: 100 };
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (n, r) => {
          const wait = retryDelay(n, policy, r);
          return wait !== null && wait >= 500 && wait <= 60_000;
        },
      ),
    );
  });
});
