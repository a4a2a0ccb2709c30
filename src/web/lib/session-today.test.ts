import { describe, expect, it } from "vitest";
import { sessionToday } from "./session-today.ts";

describe("sessionToday", () => {
  it("takes the organisation's today from the session, not the browser's clock", () => {
    expect(sessionToday({ today: "2026-06-02" }, new Date(2026, 0, 15, 12))).toBe("2026-06-02");
  });

  it("falls back to the browser's calendar date when nobody is signed in", () => {
    expect(sessionToday(null, new Date(2026, 0, 5, 23, 30))).toBe("2026-01-05");
    expect(sessionToday(undefined, new Date(2026, 11, 31, 0, 5))).toBe("2026-12-31");
  });
});
