import { type FormEvent, useState } from "react";
import { ActionError } from "../components/action-error.tsx";
import { ColleaguePicker } from "../feedback/colleague-picker.tsx";
import { useChoosePeers } from "../hooks/use-alignment.ts";
import type { PageProps } from "../router/routes.ts";

/**
 * Choosing the peers who give a person feedback in a cycle: find colleagues by name, add them to
 * the list, and ask them all at once; each gets a request in their tasks and a mail.
 */
export default function ChoosePeersPage({ params }: PageProps) {
  const cycleId = params.id ?? "";
  const personId = params.personId ?? "";
  const choose = useChoosePeers(cycleId, personId);
  const [current, setCurrent] = useState("");
  const [chosen, setChosen] = useState<{ id: string; name: string }[]>([]);
  function add(id: string, name: string) {
    if (id === "" || chosen.some((peer) => peer.id === id)) return;
    setChosen((all) => [...all, { id, name }]);
    setCurrent("");
  }
  function submit(event: FormEvent) {
    event.preventDefault();
    choose.mutate(chosen.map((peer) => peer.id));
  }
  return (
    <>
      <h1>Choose peers</h1>
      <p className="lead">
        Choose colleagues who worked closely with the person this cycle; each is asked to rate the
        competencies of the framework and sees only that request.
      </p>
      <form onSubmit={submit} className="choose-peers-form">
        <ColleaguePicker
          value={current}
          label="Colleague to add"
          onChange={(id) => setCurrent(id)}
          onChoose={add}
        />
        {chosen.length > 0 ? (
          <ul aria-label="Peers chosen">
            {chosen.map((peer) => (
              <li key={peer.id}>
                {peer.name}{" "}
                <button
                  type="button"
                  className="button button-quiet"
                  onClick={() => setChosen((all) => all.filter((p) => p.id !== peer.id))}
                  aria-label={`Remove ${peer.name}`}
                >
                  Remove
                </button>
              </li>
            ))}
          </ul>
        ) : (
          <p className="meta">Nobody chosen yet.</p>
        )}
        <button type="submit" className="button" disabled={choose.isPending || chosen.length === 0}>
          Ask them for feedback
        </button>
        <ActionError action={choose} />
        <p role="status">{choose.data?.sentence ?? ""}</p>
      </form>
    </>
  );
}
