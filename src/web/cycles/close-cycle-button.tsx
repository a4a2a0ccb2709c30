import { useState } from "react";
import type { Cycle } from "../api/types.ts";
import { ActionError } from "../components/action-error.tsx";
import { useCloseCycle } from "../hooks/use-cycles.ts";

/**
 * Closes a cycle after the admin confirms: closing keeps everyone's profile and readiness as
 * they stand and cannot be undone.
 *
 * @example
 * <CloseCycleButton cycle={cycle} />
 */
export function CloseCycleButton({ cycle }: { cycle: Cycle }) {
  const close = useCloseCycle(cycle.id);
  const [asking, setAsking] = useState(false);
  if (!asking) {
    return (
      <button type="button" className="button button-quiet" onClick={() => setAsking(true)}>
        Close cycle
      </button>
    );
  }
  return (
    <fieldset className="confirm">
      <legend>Close {cycle.name}?</legend>
      <p>
        Everyone's profile and readiness are kept as they stand now, and the cycle stops asking for
        assessments and sending reminders. This cannot be undone.
      </p>
      <ActionError action={close} />
      <button
        type="button"
        className="button"
        disabled={close.isPending}
        onClick={() => close.mutate(undefined, { onSuccess: () => setAsking(false) })}
      >
        Yes, close the cycle
      </button>{" "}
      <button type="button" className="button button-quiet" onClick={() => setAsking(false)}>
        Keep it open
      </button>
    </fieldset>
  );
}
