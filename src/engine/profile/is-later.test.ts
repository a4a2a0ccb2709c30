import { describe, expect, it } from "vitest";
import { buildAssessment } from "../../../test/factories.ts";
import { isLater } from "./is-later.ts";

describe("isLater", () => {
  it("orders canonical UTC timestamps as times, and equal times by id", () => {
    const early = buildAssessment({ id: "b", submittedAt: "2026-01-02T09:00:00.000Z" });
    const late = buildAssessment({ id: "a", submittedAt: "2026-01-02T10:00:00.000Z" });
    const twin = buildAssessment({ id: "c", submittedAt: "2026-01-02T10:00:00.000Z" });
    expect(isLater(late, early)).toBe(true);
    expect(isLater(early, late)).toBe(false);
    expect(isLater(twin, late)).toBe(true);
  });

  it("parses timestamps with an offset instead of comparing them as text", () => {
    // 10:30+02:00 is 08:30 UTC: earlier than 09:00 UTC although its text sorts later.
    const offset = buildAssessment({ submittedAt: "2026-01-02T10:30:00+02:00" });
    const utc = buildAssessment({ submittedAt: "2026-01-02T09:00:00.000Z" });
    expect(isLater(offset, utc)).toBe(false);
    expect(isLater(utc, offset)).toBe(true);
  });
});
