import { deactivateAccount, reactivateAccount } from "../../storage/queries/deactivate-account.ts";
import {
  getScimPerson,
  type ScimPersonRow,
  setAccountEmail,
  setPersonExternalId,
} from "../../storage/queries/scim-people.ts";
import { createUser, findUserByEmail } from "../../storage/queries/users.ts";
import type { Actor } from "../policy.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "../refusal.ts";
import { type PersonChange, updatePersonAs } from "../update-person.ts";
import { frameworkLoadedOnce } from "./framework-loaded-once.ts";
import { roleForTitle } from "./role-for-title.ts";
import type { ScimDeps, ScimUserFields } from "./scim-user-fields.ts";
import { userNameTaken } from "./user-name-taken.ts";

async function personChangeOf(
  deps: ScimDeps,
  row: ScimPersonRow,
  change: Partial<ScimUserFields>,
): Promise<PersonChange> {
  const { person } = row;
  const result: PersonChange = {};
  if (change.name !== undefined && change.name !== person.name) result.name = change.name;
  const email = change.userName?.trim().toLowerCase();
  if (email !== undefined && email !== person.email?.toLowerCase()) {
    const holder = await findUserByEmail(deps.db, email);
    if (holder && holder.id !== row.user?.id) {
      throw userNameTaken(email);
    }
    result.email = email;
  }
  if (change.title !== undefined) {
    const roleId = await roleForTitle(deps.db, person.orgId, change.title);
    if (roleId && roleId !== person.roleId) result.roleId = roleId;
  }
  return result;
}

/**
 * Applies what the directory says about a person: name, userName (their email, and their
 * account's), externalId, title (a mapped role) and active — `false` deactivates their account
 * (every session and token ends), `true` reactivates it or gives them one. Fields left out stay.
 * Audited as `scim:deactivate` when it deactivates, else `scim:update`.
 *
 * @example
 * await updateScimUser(deps, scimActor(orgId), personId, { active: false });
 */
export async function updateScimUser(
  deps: ScimDeps,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
  change: Partial<ScimUserFields>,
): Promise<ScimPersonRow> {
  refuseUnless(actor, "scim:provision", organisationWide(actor.orgId));
  const row = await getScimPerson(deps.db, actor.orgId, personId);
  if (!row) throw notFoundRefusal("user", personId);
  const frameworks = await frameworkLoadedOnce(deps.frameworks, actor.orgId);
  return deps.db.transaction(async (tx) => {
    const inTx = { ...deps, db: tx, frameworks };
    const personChange = await personChangeOf(inTx, row, change);
    if (Object.keys(personChange).length > 0) {
      await updatePersonAs(inTx, actor, personId, personChange);
    }
    if (change.externalId !== undefined && change.externalId !== row.person.externalId) {
      await setPersonExternalId(tx, actor.orgId, personId, change.externalId);
    }
    const { user } = row;
    if (user && personChange.email) await setAccountEmail(tx, user.id, personChange.email);
    let deactivated = false;
    if (change.active === false && user && !user.deactivatedAt) {
      await deactivateAccount(tx, actor.orgId, user.id, deps.now());
      deactivated = true;
    } else if (change.active === true && user?.deactivatedAt) {
      await reactivateAccount(tx, actor.orgId, user.id);
    } else if (change.active === true && !user) {
      const email = personChange.email ?? row.person.email;
      if (email) {
        await createUser(tx, { orgId: actor.orgId, email, passwordHash: null, personId });
      }
    }
    await recordAuditEntry(tx, actor, {
      action: deactivated ? "scim:deactivate" : "scim:update",
      targetType: "person",
      targetId: personId,
      detail: { fields: Object.keys(change) },
    });
    const updated = await getScimPerson(tx, actor.orgId, personId);
    if (!updated) throw notFoundRefusal("user", personId);
    return updated;
  });
}
