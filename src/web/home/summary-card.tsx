import type { Home } from "../api/types.ts";

type TaskSummary = NonNullable<Home["team"]>;

import { Link } from "../router/link.tsx";

/** What is open across a team or an organisation, in a sentence, with where to follow it up. */
export function SummaryCard({
  id,
  title,
  summary,
  to,
  linkLabel,
}: {
  id: string;
  title: string;
  summary: TaskSummary;
  to: string;
  linkLabel: string;
}) {
  return (
    <section className="card" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      <p>{summary.sentence}</p>
      <p className="meta">
        {summary.people} {summary.people === 1 ? "person" : "people"}.{" "}
        <Link to={to}>{linkLabel}</Link>
      </p>
    </section>
  );
}
