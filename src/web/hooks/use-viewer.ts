import type { Session } from "../api/types.ts";
import { useFeedbackInbox } from "./use-feedback-inbox.ts";
import { useHasReports } from "./use-has-reports.ts";
import { useMe } from "./use-me.ts";

/** Who is looking, as the app shell needs it to lay out its navigation once. */
export interface Viewer {
  me: Session | null;
  personId: string | null;
  hasReports: boolean;
  openRequests: number;
  /** Whether everything the navigation depends on has answered (or failed). */
  settled: boolean;
}

/**
 * The signed-in session, whether the person manages anyone and how many feedback requests wait
 * for them; `settled` once all have answered, so the shell can lay out its header in one go
 * instead of shifting the page as each answer arrives.
 *
 * @example
 * const viewer = useViewer();
 * if (viewer.settled) showPage();
 */
export function useViewer(): Viewer {
  const me = useMe();
  const personId = me.data?.user.personId ?? null;
  const inbox = useFeedbackInbox(personId);
  const reports = useHasReports(personId);
  const settled = !me.isPending && (personId === null || (!reports.isPending && !inbox.isPending));
  return {
    me: me.data ?? null,
    personId,
    hasReports: reports.data === true,
    openRequests: inbox.data?.items.length ?? 0,
    settled,
  };
}
