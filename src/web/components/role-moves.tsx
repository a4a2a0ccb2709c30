import type { Framework, Role, Transition } from "../api/types.ts";
import { transitionKindInfo } from "../career-map/transition-kinds.ts";
import { durationContext } from "../lib/duration-context.ts";
import { Link } from "../router/link.tsx";

function Move({
  transition,
  other,
  titles,
}: {
  transition: Transition;
  other: string;
  titles: Map<string, string>;
}) {
  const context = durationContext(transition);
  return (
    <li>
      <p>
        <strong>{transitionKindInfo[transition.kind].label}</strong>{" "}
        {transition.from === other ? "from" : "to"}{" "}
        <Link to={`/roles/${encodeURIComponent(other)}`}>{titles.get(other) ?? other}</Link>
        {context ? <span className="meta"> · {context}</span> : null}
      </p>
      {transition.notes ? <p>{transition.notes}</p> : null}
    </li>
  );
}

/**
 * The moves that lead into a role and on from it, each with the framework's note on why it
 * works and its typical duration as context.
 *
 * @example
 * <RoleMoves framework={framework} role={role} />
 */
export function RoleMoves({ framework, role }: { framework: Framework; role: Role }) {
  const titles = new Map(framework.roles.map((candidate) => [candidate.id, candidate.title]));
  const into = framework.transitions.filter((transition) => transition.to === role.id);
  const onward = framework.transitions.filter((transition) => transition.from === role.id);
  if (into.length === 0 && onward.length === 0) return null;
  return (
    <section className="card role-moves" aria-labelledby="role-moves-heading">
      <h2 id="role-moves-heading">Moves into and on from this role</h2>
      {onward.length > 0 ? (
        <>
          <h3>Where people go from here</h3>
          <ul className="move-list">
            {onward.map((transition) => (
              <Move
                key={`to-${transition.to}`}
                transition={transition}
                other={transition.to}
                titles={titles}
              />
            ))}
          </ul>
        </>
      ) : null}
      {into.length > 0 ? (
        <>
          <h3>Where people come from</h3>
          <ul className="move-list">
            {into.map((transition) => (
              <Move
                key={`from-${transition.from}`}
                transition={transition}
                other={transition.from}
                titles={titles}
              />
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}
