import { sessionToday } from "../lib/session-today.ts";
import { useMe } from "./use-me.ts";

/**
 * Today's date on the organisation's calendar (YYYY-MM-DD), as the server reads it: the default
 * for every date field, so a check-in made just after midnight carries the server's day.
 *
 * @example
 * const today = useToday();
 * <FormField type="date" defaultValue={today} … />
 */
export function useToday(): string {
  const { data: me } = useMe();
  return sessionToday(me);
}
