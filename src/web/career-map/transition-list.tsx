import type { Framework, Transition } from "../api/types.ts";
import { durationContext } from "../lib/duration-context.ts";
import { Link } from "../router/link.tsx";
import { transitionKindInfo } from "./transition-kinds.ts";

function duration(transition: Transition): string {
  const context = durationContext(transition);
  return context ? `; ${context}` : "";
}

/** The map as text: each track's roles with the moves that lead on from them. */
export function TransitionList({ framework }: { framework: Framework }) {
  const titles = new Map(framework.roles.map((role) => [role.id, role.title]));
  return (
    <section className="transition-list" aria-labelledby="transition-list-title">
      <h2 id="transition-list-title">Roles and moves, as a list</h2>
      {framework.tracks.map((track) => (
        <div key={track.id}>
          <h3>{track.name}</h3>
          <ul>
            {framework.roles
              .filter((role) => role.track === track.id)
              .map((role) => {
                const moves = framework.transitions.filter((t) => t.from === role.id);
                return (
                  <li key={role.id}>
                    <Link to={`/roles/${encodeURIComponent(role.id)}`}>{role.title}</Link>
                    {moves.length > 0 ? (
                      <ul>
                        {moves.map((move) => (
                          <li key={move.to}>
                            {transitionKindInfo[move.kind].label} to{" "}
                            {titles.get(move.to) ?? move.to}
                            {duration(move)}
                          </li>
                        ))}
                      </ul>
                    ) : null}
                  </li>
                );
              })}
          </ul>
        </div>
      ))}
    </section>
  );
}
