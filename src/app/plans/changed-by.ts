import { type Actor, localAdminUserId } from "../policy.ts";

/**
 * The account a plan or goal change is attributed to: the actor's user, or nobody for the local
 * admin at the machine (no user row has its id).
 *
 * @example
 * await updateGoal(db, { ..., patch: { ...patch, changedBy: changedBy(actor) } });
 */
export function changedBy(actor: Extract<Actor, { kind: "user" }>): string | null {
  return actor.userId === localAdminUserId ? null : actor.userId;
}
