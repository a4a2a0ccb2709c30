import type { Session } from "../api/types.ts";

/**
 * The day the forms start from (YYYY-MM-DD): the organisation's today as the server gave it with
 * the session, so the browser and the server agree on the date whatever the browser's own zone.
 * Without a session (not signed in yet), the browser's own calendar date.
 *
 * @example
 * sessionToday(me); // "2026-06-02" for an Auckland organisation at 13:00Z on 1 June
 */
export function sessionToday(
  session: Pick<Session, "today"> | null | undefined,
  now: Date = new Date(),
): string {
  if (session) return session.today;
  const pad = (value: number) => String(value).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
