import type { InviteOutcome } from "../api/types.ts";

/** Who was just invited and who was left out, with the reason for each. */
export function InviteOutcomeView({ outcome }: { outcome: InviteOutcome }) {
  const count = outcome.invited.length;
  return (
    <div className="notice" role="status">
      <p>
        {count === 0
          ? "Nobody new was invited."
          : `Invited ${count} ${count === 1 ? "person" : "people"}: each gets a mail with a link that works for 7 days.`}
      </p>
      {outcome.skipped.length > 0 ? (
        <>
          <p>Not invited:</p>
          <ul>
            {outcome.skipped.map((one) => (
              <li key={one.personId}>
                {one.name} {one.reason}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}
