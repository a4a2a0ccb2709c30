import type { Database } from "../../storage/database.ts";
import { getSsoConfig, type StoredSsoConfig } from "../../storage/queries/sso-configs.ts";
import type { Actor } from "../policy.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";

/** The organisation's stored OpenID provider settings (admins only), or null. */
export async function readSsoConfig(
  deps: { db: Database },
  actor: Extract<Actor, { kind: "user" }>,
): Promise<StoredSsoConfig | null> {
  refuseUnless(actor, "sso:configure", organisationWide(actor.orgId));
  return getSsoConfig(deps.db, actor.orgId);
}
