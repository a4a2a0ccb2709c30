import { ConflictError } from "../storage/conflict-error.ts";
import type { Database } from "../storage/database.ts";
import { countActiveOwners } from "../storage/queries/accounts.ts";
import type { StoredUser } from "../storage/queries/users.ts";

/**
 * Refuses a change that would take away the organisation's last active owner: `user` stops being
 * an owner (demoted, deactivated or erased). Call it after `lockOwners` in the writing
 * transaction, so the count cannot change before the write.
 *
 * @example await keepAnOwner(tx, user, "deactivate");
 */
export async function keepAnOwner(db: Database, user: StoredUser, what: string): Promise<void> {
  if (user.role !== "owner" || user.deactivatedAt) return;
  if ((await countActiveOwners(db, user.orgId)) > 1) return;
  throw new ConflictError(
    `This is the organisation's only owner, so you cannot ${what}; make someone else an owner first (or hand over ownership), then try again.`,
  );
}
