/**
 * The calendar date (YYYY-MM-DD) an instant falls on in an IANA time zone: what "today" is for
 * someone whose clock shows that zone's time. Throws a RangeError naming the zone when it is not
 * one the runtime knows; check input with `checkTimeZone` first.
 *
 * @example
 * dayInTimeZone(new Date("2026-06-01T13:00:00Z"), "Pacific/Auckland"); // "2026-06-02"
 */
export function dayInTimeZone(instant: Date, timeZone: string): string {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError("The instant is not a valid date, so it falls on no day.");
  }
  let format: Intl.DateTimeFormat;
  try {
    format = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
    });
  } catch {
    throw new RangeError(
      `"${timeZone}" is not a time zone this system knows. Use an IANA time zone such as Europe/Berlin.`,
    );
  }
  const parts = format.formatToParts(instant);
  const part = (type: "year" | "month" | "day") => parts.find((p) => p.type === type)?.value ?? "";
  return `${part("year").padStart(4, "0")}-${part("month")}-${part("day")}`;
}
