import type { LastChange } from "../api/types.ts";

const dayMonth = new Intl.DateTimeFormat("en-GB", {
  day: "numeric",
  month: "long",
  year: "numeric",
});

/**
 * "Ben Ortiz changed this goal on 3 March 2026", or "You changed …" when the viewer did; nothing
 * when nobody with an account is on record.
 *
 * @example
 * <LastChangeLine lastChange={goal.lastChange} viewerPersonId={me} what="this goal" />
 */
export function LastChangeLine({
  lastChange,
  viewerPersonId,
  what,
  verb = "changed",
}: {
  lastChange: LastChange;
  viewerPersonId: string | null;
  what: string;
  /** What they did: "changed" unless told, "started" for who started a plan. */
  verb?: string;
}) {
  if (!lastChange) return null;
  const who =
    lastChange.personId !== null && lastChange.personId === viewerPersonId
      ? "You"
      : lastChange.name;
  return (
    <p className="meta last-change">
      {who} {verb} {what} on{" "}
      <time dateTime={lastChange.at}>{dayMonth.format(new Date(lastChange.at))}</time>.
    </p>
  );
}
