import type { Database } from "../storage/database.ts";
import type { PersonPatch, StoredPerson } from "../storage/queries/people.ts";
import { changeRole } from "../storage/queries/role-history.ts";
import { updatePersonReportingSafely } from "../storage/queries/update-person-reporting-safely.ts";
import { checkPersonLinks } from "./check-person-links.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { organisationToday } from "./organisation-today.ts";
import { loadPersonFacts } from "./person-facts.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, refuseUnless } from "./refusal.ts";

/** What changing a person needs. */
export interface UpdatePersonDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}

/** A change to a person: any of their fields; a new role is also recorded in the role history. */
export type PersonChange = PersonPatch & { roleId?: string | null };

/**
 * Changes a person for an actor: the policy decides from the fields touched (people change their
 * own name, background and preferences; role, manager, team and email are for admins), the role
 * and manager are checked against the framework and the reporting lines, and the change is
 * audited.
 *
 * @example
 * const ava = await updatePersonAs(deps, actor, ava.id, { preferences });
 */
export async function updatePersonAs(
  deps: UpdatePersonDeps,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
  change: PersonChange,
): Promise<StoredPerson> {
  const { person, facts } = await loadPersonFacts(deps.db, actor, personId);
  const fields = Object.keys(change).filter(
    (field) => change[field as keyof PersonChange] !== undefined,
  );
  refuseUnless(actor, "person:update", { ...facts, fields });
  const { roleId, ...patch } = change;
  const { framework } = await deps.frameworks.current(actor.orgId);
  await checkPersonLinks({
    db: deps.db,
    orgId: actor.orgId,
    framework,
    personId,
    roleId,
    managerId: patch.managerId,
  });
  let updated =
    Object.keys(patch).length > 0
      ? await updatePersonReportingSafely(deps.db, actor.orgId, personId, patch)
      : person;
  if (roleId && roleId !== person.roleId) {
    const from = await organisationToday(deps, actor.orgId);
    updated = await changeRole(deps.db, { orgId: actor.orgId, personId, roleId, from });
  }
  if (!updated) throw notFoundRefusal("person", personId);
  await recordAuditEntry(deps.db, actor, {
    action: "person:update",
    targetType: "person",
    targetId: personId,
  });
  return updated;
}
