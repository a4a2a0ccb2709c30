import { describe, expect, it } from "vitest";
import { nextCheckInDate } from "./next-check-in-date.ts";

describe("the day a plan's next check-in comes due", () => {
  it("counts from the last check-in", () => {
    expect(
      nextCheckInDate({ lastCheckIn: "2026-06-01", startedOn: "2026-05-01", everyDays: 14 }),
    ).toBe("2026-06-15");
  });

  it("counts from the day the plan started when it has no check-in, across months and years", () => {
    expect(nextCheckInDate({ lastCheckIn: null, startedOn: "2026-12-25", everyDays: 14 })).toBe(
      "2027-01-08",
    );
    expect(nextCheckInDate({ lastCheckIn: null, startedOn: "2028-02-20", everyDays: 10 })).toBe(
      "2028-03-01",
    );
  });
});
