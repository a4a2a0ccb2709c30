import type { StoredUser } from "../../storage/queries/users.ts";
import type { Actor } from "../policy.ts";

/** The actor a user account acts as, for what it does without a session (accepting, resetting). */
export function actorOfUser(user: StoredUser): Extract<Actor, { kind: "user" }> {
  return {
    kind: "user",
    userId: user.id,
    orgId: user.orgId,
    personId: user.personId,
    role: user.role,
  };
}
