import { describe, expect, it } from "vitest";
import { defaultSessionLifetime, sessionLifetimeOf } from "./session-lifetime.ts";

describe("sessionLifetimeOf", () => {
  it("keeps 14 days at most and 12 hours idle unless told otherwise", () => {
    expect(sessionLifetimeOf()).toEqual({ maxAgeMs: 1_209_600_000, idleTimeoutMs: 43_200_000 });
    expect(sessionLifetimeOf({ idleTimeoutMs: 1_800_000 })).toEqual({
      ...defaultSessionLifetime,
      idleTimeoutMs: 1_800_000,
    });
  });

  it("refuses an idle timeout under a minute or over the absolute cap, saying the range", () => {
    expect(() => sessionLifetimeOf({ idleTimeoutMs: 1000 })).toThrow(
      /from one minute to the maximum age \(1209600000 ms\); got 1000 ms/,
    );
    expect(() => sessionLifetimeOf({ idleTimeoutMs: 15 * 24 * 3_600_000 })).toThrow(/idle/);
    expect(() => sessionLifetimeOf({ maxAgeMs: 0 })).toThrow(/maximum age must be a positive/);
  });
});
