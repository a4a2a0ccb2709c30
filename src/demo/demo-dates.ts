const dayMs = 86_400_000;

/** The moment `days` days after `from` (negative for before). */
export function addDays(from: Date, days: number): Date {
  return new Date(from.getTime() + Math.round(days) * dayMs);
}

/** The moment `years` years (of 365.25 days) before `from`. */
export function yearsBefore(from: Date, years: number): Date {
  return addDays(from, -years * 365.25);
}

/** Whole and fractional years from `earlier` to `later`. */
export function yearsBetween(earlier: Date, later: Date): number {
  return (later.getTime() - earlier.getTime()) / (dayMs * 365.25);
}

/** An ISO calendar date, e.g. 2026-03-14. */
export function isoDate(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}

/** An ISO timestamp at a plausible working hour of that day, so dates read naturally. */
export function workdayTimestamp(moment: Date, hour: number): string {
  return `${isoDate(moment)}T${String(hour).padStart(2, "0")}:00:00.000Z`;
}
