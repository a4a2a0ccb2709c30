import { deactivateAccount } from "../../storage/queries/deactivate-account.ts";
import { findPersonByEmail } from "../../storage/queries/people.ts";
import { getScimPerson, type ScimPersonRow } from "../../storage/queries/scim-people.ts";
import { createUser, findUserByEmail } from "../../storage/queries/users.ts";
import { addPerson } from "../add-person.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";
import { frameworkLoadedOnce } from "./framework-loaded-once.ts";
import { roleForTitle } from "./role-for-title.ts";
import type { ScimDeps, ScimUserFields } from "./scim-user-fields.ts";
import { userNameTaken } from "./user-name-taken.ts";

/**
 * Creates a person and their account (no password: they sign in with single sign-on) from the
 * organisation's directory; the title picks the role through the title mappings. An email
 * already in use is a conflict. Audited as `scim:create` (and `person:create`).
 *
 * @example
 * const row = await createScimUser(deps, scimActor(orgId), { userName: "ada@acme.test", name: "Ada", externalId: "00u1", title: null, active: true });
 */
export async function createScimUser(
  deps: ScimDeps,
  actor: Extract<Actor, { kind: "user" }>,
  fields: ScimUserFields,
): Promise<ScimPersonRow> {
  refuseUnless(actor, "scim:provision", organisationWide(actor.orgId));
  const email = fields.userName.trim().toLowerCase();
  if (
    (await findPersonByEmail(deps.db, actor.orgId, email)) ||
    (await findUserByEmail(deps.db, email))
  ) {
    throw userNameTaken(email);
  }
  const frameworks = await frameworkLoadedOnce(deps.frameworks, actor.orgId);
  return deps.db.transaction(async (tx) => {
    const roleId = await roleForTitle(tx, actor.orgId, fields.title);
    const person = await addPerson({ db: tx, frameworks, now: deps.now }, actor, {
      name: fields.name,
      email,
      roleId,
      externalId: fields.externalId,
    });
    const user = await createUser(tx, {
      orgId: actor.orgId,
      email,
      passwordHash: null,
      personId: person.id,
    });
    if (!fields.active) await deactivateAccount(tx, actor.orgId, user.id, deps.now());
    await recordAuditEntry(tx, actor, {
      action: "scim:create",
      targetType: "person",
      targetId: person.id,
      detail: { externalId: fields.externalId, active: fields.active },
    });
    const row = await getScimPerson(tx, actor.orgId, person.id);
    if (!row) throw new Error(`The person ${person.id} just created is gone.`);
    return row;
  });
}
