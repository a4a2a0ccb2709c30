import { describe, expect, it } from "vitest";
import { checkTimeZone } from "./check-time-zone.ts";
import { dayInTimeZone } from "./day-in-time-zone.ts";

describe("dayInTimeZone", () => {
  it("gives the UTC date in UTC, either side of midnight", () => {
    expect(dayInTimeZone(new Date("2026-06-01T23:59:59.999Z"), "UTC")).toBe("2026-06-01");
    expect(dayInTimeZone(new Date("2026-06-02T00:00:00.000Z"), "UTC")).toBe("2026-06-02");
  });

  it("is already tomorrow in Auckland while it is still today in UTC", () => {
    expect(dayInTimeZone(new Date("2026-06-01T13:00:00Z"), "Pacific/Auckland")).toBe("2026-06-02");
    expect(dayInTimeZone(new Date("2026-06-01T11:59:59Z"), "Pacific/Auckland")).toBe("2026-06-01");
  });

  it("is still yesterday in Los Angeles just after UTC midnight", () => {
    expect(dayInTimeZone(new Date("2026-01-01T07:59:59Z"), "America/Los_Angeles")).toBe(
      "2025-12-31",
    );
    expect(dayInTimeZone(new Date("2026-01-01T08:00:00Z"), "America/Los_Angeles")).toBe(
      "2026-01-01",
    );
  });

  it("follows daylight saving time: midnight in Berlin moves by an hour", () => {
    // Winter (CET, UTC+1): midnight is 23:00Z the day before.
    expect(dayInTimeZone(new Date("2026-01-14T22:59:59Z"), "Europe/Berlin")).toBe("2026-01-14");
    expect(dayInTimeZone(new Date("2026-01-14T23:00:00Z"), "Europe/Berlin")).toBe("2026-01-15");
    // Summer (CEST, UTC+2): midnight is 22:00Z the day before.
    expect(dayInTimeZone(new Date("2026-07-14T21:59:59Z"), "Europe/Berlin")).toBe("2026-07-14");
    expect(dayInTimeZone(new Date("2026-07-14T22:00:00Z"), "Europe/Berlin")).toBe("2026-07-15");
  });

  it("keeps the day across the hour a clock change skips or repeats", () => {
    // Berlin springs forward on 2026-03-29 at 01:00Z and falls back on 2026-10-25 at 01:00Z.
    expect(dayInTimeZone(new Date("2026-03-29T00:59:59Z"), "Europe/Berlin")).toBe("2026-03-29");
    expect(dayInTimeZone(new Date("2026-03-29T01:00:00Z"), "Europe/Berlin")).toBe("2026-03-29");
    expect(dayInTimeZone(new Date("2026-10-25T00:30:00Z"), "Europe/Berlin")).toBe("2026-10-25");
    expect(dayInTimeZone(new Date("2026-10-25T01:30:00Z"), "Europe/Berlin")).toBe("2026-10-25");
    expect(dayInTimeZone(new Date("2026-10-25T22:59:59Z"), "Europe/Berlin")).toBe("2026-10-25");
    expect(dayInTimeZone(new Date("2026-10-25T23:00:00Z"), "Europe/Berlin")).toBe("2026-10-26");
  });

  it("refuses a zone it does not know, naming it and how to fix it", () => {
    expect(() => dayInTimeZone(new Date("2026-06-01T13:00:00Z"), "Mars/Olympus")).toThrow(
      /"Mars\/Olympus" is not a time zone.*IANA time zone such as Europe\/Berlin/,
    );
  });

  it("refuses an invalid instant", () => {
    expect(() => dayInTimeZone(new Date("not a date"), "UTC")).toThrow(/not a valid date/);
  });
});

describe("checkTimeZone", () => {
  it("accepts IANA names", () => {
    expect(checkTimeZone("Europe/Berlin")).toEqual([]);
    expect(checkTimeZone("UTC")).toEqual([]);
    expect(checkTimeZone("Pacific/Auckland")).toEqual([]);
  });

  it("refuses an unknown or empty zone at the given path, with a hint", () => {
    const [issue] = checkTimeZone("Mars/Olympus", "body.timeZone");
    expect(issue?.path).toBe("body.timeZone");
    expect(issue?.message).toContain('"Mars/Olympus"');
    expect(issue?.hint).toContain("Europe/Berlin");
    expect(checkTimeZone("  ")).toHaveLength(1);
  });
});
