import { QueryView } from "../components/query-view.tsx";
import { windowWords } from "../cycles/cycle-words.ts";
import { useCycles } from "../hooks/use-cycles.ts";
import { Link } from "../router/link.tsx";

/**
 * The open check-in cycles, each linking to the completion of the manager's people; nothing
 * when no cycle is open.
 *
 * @example
 * <TeamCycles managerId={me.personId} />
 */
export function TeamCycles({ managerId }: { managerId: string }) {
  const cycles = useCycles();
  return (
    <QueryView query={cycles}>
      {({ items }) => {
        const open = items.filter((cycle) => cycle.status === "open");
        if (open.length === 0) return null;
        return (
          <section className="card" aria-labelledby="team-cycles">
            <h2 id="team-cycles">Check-in cycles</h2>
            <p>See who among your people has done their part, and remind those who have not.</p>
            <ul>
              {open.map((cycle) => (
                <li key={cycle.id}>
                  <Link to={`/cycles/${cycle.id}?managerId=${managerId}`}>{cycle.name}</Link>{" "}
                  <span className="meta">({windowWords(cycle)})</span>
                </li>
              ))}
            </ul>
          </section>
        );
      }}
    </QueryView>
  );
}
