import { useCallback, useEffect, useRef, useState } from "react";
import type { Rating } from "../api/types.ts";
import { saveDraftRatings } from "../hooks/use-self-assessment.ts";

/** Where the autosave stands, for the status line. */
export type SaveStatus = "idle" | "pending" | "saving" | "saved" | "failed";

/** How long typing may pause before a draft is saved. */
const debounceMs = 600;

/**
 * Saves changed ratings of a draft a moment after the last change, one request at a time;
 * `flush` saves at once (before moving on or submitting).
 *
 * @example
 * const autosave = useAutosave(draft.id);
 * autosave.queue(rating);
 */
export function useAutosave(draftId: string) {
  const [status, setStatus] = useState<SaveStatus>("idle");
  const pending = useRef(new Map<string, Rating>());
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const inFlight = useRef<Promise<void>>(Promise.resolve());

  const flush = useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    inFlight.current = inFlight.current.then(async () => {
      const batch = [...pending.current.values()];
      if (batch.length === 0) return;
      pending.current.clear();
      setStatus("saving");
      try {
        await saveDraftRatings(draftId, batch);
        setStatus(pending.current.size > 0 ? "pending" : "saved");
      } catch {
        // Keep what failed so the next change or flush tries it again.
        for (const rating of batch) {
          if (!pending.current.has(rating.competency))
            pending.current.set(rating.competency, rating);
        }
        setStatus("failed");
      }
    });
    return inFlight.current;
  }, [draftId]);

  const queue = useCallback(
    (rating: Rating) => {
      pending.current.set(rating.competency, rating);
      setStatus("pending");
      if (timer.current) clearTimeout(timer.current);
      timer.current = setTimeout(() => void flush(), debounceMs);
    },
    [flush],
  );

  useEffect(() => {
    const saveOnHide = () => void flush();
    window.addEventListener("pagehide", saveOnHide);
    return () => {
      window.removeEventListener("pagehide", saveOnHide);
      void flush();
    };
  }, [flush]);

  return { status, queue, flush };
}
