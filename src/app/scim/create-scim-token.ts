import type { Database } from "../../storage/database.ts";
import { createScimToken, type StoredScimToken } from "../../storage/queries/scim-tokens.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { organisationWide, Refusal, refuseUnless } from "../refusal.ts";

/**
 * Creates a SCIM bearer token for the organisation's identity provider (admins only): the token
 * is returned once and only its digest is kept. Audited as `scim:token-create`.
 *
 * @example
 * const { token } = await createScimTokenAs({ db, newToken, digest }, actor, "Okta");
 */
export async function createScimTokenAs(
  deps: { db: Database; newToken: () => string; digest: (token: string) => string },
  actor: Extract<Actor, { kind: "user" }>,
  name: string,
): Promise<{ token: string; stored: StoredScimToken }> {
  refuseUnless(actor, "sso:configure", organisationWide(actor.orgId));
  const trimmed = name.trim();
  if (trimmed === "" || trimmed.length > 100) {
    throw new Refusal("validation", "The token needs a name.", [
      {
        path: "name",
        message: trimmed === "" ? "The name is empty." : "The name is longer than 100 characters.",
        hint: "Name the identity provider that will use it, e.g. Okta.",
      },
    ]);
  }
  const token = `scim_${deps.newToken()}`;
  const stored = await createScimToken(deps.db, {
    orgId: actor.orgId,
    name: trimmed,
    tokenDigest: deps.digest(token),
  });
  await recordAuditEntry(deps.db, actor, {
    action: "scim:token-create",
    targetType: "scim-token",
    targetId: stored.id,
    detail: { name: trimmed },
  });
  return { token, stored };
}
