import { useProfile } from "./use-insights.ts";
import { useMe } from "./use-me.ts";
import { usePerson } from "./use-person.ts";

/** The move a signed-in person is working towards, as a comparison's two ends. */
export interface NextMove {
  from: string;
  to: string;
}

/**
 * The signed-in person's role and the next role their profile names; `move` is null while
 * either is unknown (a visitor, someone without a role, or no next role), `settled` once known.
 *
 * @example
 * const { move } = useMyNextMove();
 * if (move) navigate(`/compare?from=${move.from}&to=${move.to}`);
 */
export function useMyNextMove(): { move: NextMove | null; settled: boolean } {
  const me = useMe();
  const personId = me.data?.user.personId ?? null;
  const person = usePerson(personId);
  const profile = useProfile(personId);
  const from = person.data?.roleId ?? null;
  const to = profile.data?.nextRole?.roleId ?? null;
  if (from && to) return { move: { from, to }, settled: true };
  const settled =
    !me.isPending && (!personId || (!person.isPending && !profile.isPending) || person.isError);
  return { move: null, settled };
}
