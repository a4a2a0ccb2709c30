import type { CheckIn } from "../api/types.ts";
import "./plan.css";

/** A plan's check-ins on a timeline, oldest first. */
export function CheckInTimeline({ checkIns }: { checkIns: readonly CheckIn[] }) {
  if (checkIns.length === 0) {
    return <p className="meta">No check-ins yet. Add the first one when you next talk it over.</p>;
  }
  const sorted = [...checkIns].sort((a, b) => a.date.localeCompare(b.date));
  return (
    <ol className="timeline">
      {sorted.map((checkIn) => (
        <li key={checkIn.id}>
          <p className="timeline-date">
            <time dateTime={checkIn.date}>{checkIn.date}</time>
            {checkIn.progress === null ? null : (
              <span className="tag">{checkIn.progress}% along</span>
            )}
          </p>
          {checkIn.notes ? <p>{checkIn.notes}</p> : null}
          {checkIn.feedback ? (
            <p>
              <strong>Feedback:</strong> {checkIn.feedback}
            </p>
          ) : null}
        </li>
      ))}
    </ol>
  );
}
