import type { Database } from "../../storage/database.ts";
import { deleteSsoConfig } from "../../storage/queries/sso-configs.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";

/** Turns single sign-on off for the organisation (admins only); audited as `sso:disable`. */
export async function disableSso(
  deps: { db: Database },
  actor: Extract<Actor, { kind: "user" }>,
): Promise<boolean> {
  refuseUnless(actor, "sso:configure", organisationWide(actor.orgId));
  const removed = await deleteSsoConfig(deps.db, actor.orgId);
  if (removed) {
    await recordAuditEntry(deps.db, actor, {
      action: "sso:disable",
      targetType: "organisation",
      targetId: actor.orgId,
    });
  }
  return removed;
}
