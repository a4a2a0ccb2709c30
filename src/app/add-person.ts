import type { Database } from "../storage/database.ts";
import { createPerson, type NewPerson, type StoredPerson } from "../storage/queries/people.ts";
import { checkPersonLinks } from "./check-person-links.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { organisationToday } from "./organisation-today.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { organisationWide, refuseUnless } from "./refusal.ts";

/**
 * Adds a person to the actor's organisation (admins only), after checking their role against the
 * framework and their manager against the organisation; the addition is audited.
 *
 * @example
 * const hal = await addPerson({ db, frameworks, now }, actor, { name: "Hal", roleId: "pm" });
 */
export async function addPerson(
  deps: { db: Database; frameworks: FrameworkSource; now?: () => Date },
  actor: Extract<Actor, { kind: "user" }>,
  input: Omit<NewPerson, "orgId">,
): Promise<StoredPerson> {
  refuseUnless(actor, "person:create", organisationWide(actor.orgId));
  const { framework } = await deps.frameworks.current(actor.orgId);
  await checkPersonLinks({
    db: deps.db,
    orgId: actor.orgId,
    framework,
    personId: null,
    roleId: input.roleId,
    managerId: input.managerId,
  });
  const roleSince = deps.now
    ? await organisationToday({ db: deps.db, now: deps.now }, actor.orgId)
    : undefined;
  const person = await createPerson(
    deps.db,
    { ...input, orgId: actor.orgId },
    roleSince ? { roleSince } : {},
  );
  await recordAuditEntry(deps.db, actor, {
    action: "person:create",
    targetType: "person",
    targetId: person.id,
  });
  return person;
}
