import type { EntryPlacement } from "../engine/placement/place-entry.ts";
import type { Database } from "../storage/database.ts";
import type { StoredPerson } from "../storage/queries/people.ts";
import { changeRole } from "../storage/queries/role-history.ts";
import { updatePersonReportingSafely } from "../storage/queries/update-person-reporting-safely.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { organisationToday } from "./organisation-today.ts";
import { loadPersonFacts } from "./person-facts.ts";
import { type PlacementQuestion, placeNewcomer } from "./place-newcomer.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, Refusal, refuseUnless } from "./refusal.ts";

/** What saving a placement needs. */
export interface SavePlacementDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}

/** A placement to save: the question asked and, optionally, which offered role to start in. */
export type PlacementToSave = PlacementQuestion & { roleId?: string | undefined };

/** The person as saved, with the placement their starting role came from. */
export interface SavedPlacement {
  person: StoredPerson;
  placement: EntryPlacement;
  frameworkVersion: string;
}

/**
 * Saves a placement to a person as their starting point: the background it rests on and the
 * starting role (the first-ranked option unless another offered one is chosen), recorded in the
 * role history and audited. Only admins do this, since it sets a role.
 *
 * @example
 * const { person } = await savePlacementAs(deps, actor, newHire.id, { background });
 */
export async function savePlacementAs(
  deps: SavePlacementDeps,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
  input: PlacementToSave,
): Promise<SavedPlacement> {
  const { person, facts } = await loadPersonFacts(deps.db, actor, personId);
  refuseUnless(actor, "placement:save", facts);
  const { framework, version } = await deps.frameworks.current(actor.orgId);
  const placement = placeNewcomer(framework, input);
  const offered = placement.options.map((option) => option.roleId);
  const roleId = input.roleId ?? offered[0];
  if (!roleId || !offered.includes(roleId)) {
    const titles = framework.roles.filter((role) => offered.includes(role.id)).map((r) => r.title);
    throw new Refusal("validation", "Start the person in a role the placement offers.", [
      {
        path: input.roleId ? "roleId" : "background",
        message: input.roleId
          ? "This role is not one the placement offers for this background."
          : "No entry route matches this background, so there is no role to start in.",
        hint:
          titles.length > 0
            ? `Choose one of: ${titles.join(", ")}.`
            : "Add the background facts that count, or set the role on the person directly.",
      },
    ]);
  }
  const from = await organisationToday(deps, actor.orgId);
  // The background, the role and the audit entry are saved together or not at all.
  const saved = await deps.db.transaction(async (tx) => {
    let row = await updatePersonReportingSafely(tx, actor.orgId, personId, {
      background: input.background,
    });
    if (row && roleId !== person.roleId) {
      row = await changeRole(tx, { orgId: actor.orgId, personId, roleId, from });
    }
    if (!row) throw notFoundRefusal("person", personId);
    await recordAuditEntry(tx, actor, {
      action: "placement:save",
      targetType: "person",
      targetId: personId,
      detail: { roleId },
    });
    return row;
  });
  return { person: saved, placement, frameworkVersion: version };
}
