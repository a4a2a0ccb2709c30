/**
 * The day a plan's next check-in comes due: `everyDays` after the last check-in, or after the
 * day the plan started when it has none. Dates are calendar days (YYYY-MM-DD).
 *
 * @example
 * nextCheckInDate({ lastCheckIn: "2026-06-01", startedOn: "2026-05-01", everyDays: 14 }); // "2026-06-15"
 */
export function nextCheckInDate(plan: {
  lastCheckIn: string | null;
  startedOn: string;
  everyDays: number;
}): string {
  const from = new Date(`${plan.lastCheckIn ?? plan.startedOn}T00:00:00Z`);
  from.setUTCDate(from.getUTCDate() + plan.everyDays);
  return from.toISOString().slice(0, 10);
}
