import { useState } from "react";
import type { ParticipantCompletion } from "../api/types.ts";
import { useNudge } from "../hooks/use-cycles.ts";
import { Link } from "../router/link.tsx";

const partWords: Record<ParticipantCompletion["self"], string> = {
  done: "Done",
  "to-do": "Not yet",
  "not-asked": "Not asked",
};

function peersWords(peers: ParticipantCompletion["peers"]): string {
  if (peers.asked === 0) return "Not asked";
  if (peers.chosen === 0) return `None chosen yet (${peers.asked} asked for)`;
  return `${peers.done} of ${peers.asked}`;
}

const alignmentWords: Record<ParticipantCompletion["alignment"], string> = {
  waiting: "Waiting for both views",
  "to-have": "Talk it through",
  done: "Agreed",
};

function AlignmentCell({
  cycleId,
  person,
  linked,
}: {
  cycleId: string;
  person: ParticipantCompletion;
  linked: boolean;
}) {
  const words = alignmentWords[person.alignment];
  if (!linked || person.alignment === "waiting") return <>{words}</>;
  return (
    <Link
      to={`/cycles/${cycleId}/alignment/${person.personId}`}
      aria-label={`${words} with ${person.name}`}
    >
      {words}
    </Link>
  );
}

/**
 * A cycle's completion as a table: per person, self, manager and peers done or not, and a
 * button that reminds them by mail while the cycle is open; what came of each reminder is said
 * beside it.
 *
 * @example
 * <CompletionTable cycleId={cycle.id} open people={completion.people} />
 */
export function CompletionTable({
  cycleId,
  open,
  people,
  linkAlignment = true,
}: {
  cycleId: string;
  open: boolean;
  people: ParticipantCompletion[];
  /** Whether the alignment conversations open from here (managers; admins only follow them). */
  linkAlignment?: boolean;
}) {
  const nudge = useNudge(cycleId);
  const [outcomes, setOutcomes] = useState<Record<string, string>>({});
  function remind(person: ParticipantCompletion) {
    nudge.mutate(person.personId, {
      onSuccess: (result) => setOutcomes((all) => ({ ...all, [person.personId]: result.message })),
      onError: (error) =>
        setOutcomes((all) => ({ ...all, [person.personId]: `Not sent: ${error.message}` })),
    });
  }
  return (
    <div className="table-scroll">
      <table className="completion-table">
        <caption className="visually-hidden">Who has done their part of the cycle</caption>
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Team</th>
            <th scope="col">Manager</th>
            <th scope="col">Self</th>
            <th scope="col">Manager's view</th>
            <th scope="col">Peers</th>
            <th scope="col">Alignment</th>
            <th scope="col">Reminder</th>
          </tr>
        </thead>
        <tbody>
          {people.map((person) => (
            <tr key={person.personId} className={person.complete ? "is-complete" : undefined}>
              <th scope="row">
                {person.name}
                {person.complete ? <span className="completion-done"> · all done</span> : null}
              </th>
              <td>{person.team ?? "No team"}</td>
              <td>{person.managerName ?? "Nobody"}</td>
              <td>{partWords[person.self]}</td>
              <td>{partWords[person.manager]}</td>
              <td>{peersWords(person.peers)}</td>
              <td>
                <AlignmentCell cycleId={cycleId} person={person} linked={linkAlignment} />
              </td>
              <td>
                {open && !person.complete ? (
                  <button
                    type="button"
                    className="button button-quiet"
                    disabled={nudge.isPending}
                    onClick={() => remind(person)}
                    aria-label={`Remind ${person.name}`}
                  >
                    Remind
                  </button>
                ) : null}
                <span role="status" className="field-hint">
                  {outcomes[person.personId] ?? ""}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
