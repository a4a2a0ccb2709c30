/**
 * A calendar date (YYYY-MM-DD) moved by whole days, read in UTC so no time zone shifts it.
 *
 * @example addDays("2027-01-30", 3); // "2027-02-02"
 */
export function addDays(date: string, days: number): string {
  const time = Date.parse(`${date}T00:00:00Z`);
  if (Number.isNaN(time)) return date;
  return new Date(time + days * 86_400_000).toISOString().slice(0, 10);
}
