import type { Actor } from "../policy.ts";

/**
 * The user id an organisation's identity provider acts under through a SCIM token: no user row
 * has it (ids are random), so the audit log tells provisioning apart from every person.
 */
export const scimUserId = "00000000-0000-0000-0000-00000000005c";

/**
 * The actor of a SCIM request: an admin of the token's organisation who is not a person in it,
 * allowed only what an admin may (provisioning people).
 *
 * @example const actor = scimActor(token.orgId);
 */
export function scimActor(orgId: string): Extract<Actor, { kind: "user" }> {
  return { kind: "user", userId: scimUserId, orgId, personId: null, role: "admin" };
}
