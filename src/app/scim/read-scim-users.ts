import {
  getScimPerson,
  listScimPeople,
  type ScimPeopleFilter,
  type ScimPersonRow,
} from "../../storage/queries/scim-people.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "../refusal.ts";
import type { ScimDeps } from "./scim-user-fields.ts";

/** One page of the organisation's people for the directory, filtered by userName or externalId. */
export async function listScimUsers(
  deps: Pick<ScimDeps, "db">,
  actor: Extract<Actor, { kind: "user" }>,
  filter: ScimPeopleFilter,
  page: { offset: number; limit: number },
): Promise<{ rows: ScimPersonRow[]; total: number }> {
  refuseUnless(actor, "scim:provision", organisationWide(actor.orgId));
  return listScimPeople(deps.db, actor.orgId, filter, page);
}

/** One person of the organisation for the directory; not found for another organisation's id. */
export async function getScimUser(
  deps: Pick<ScimDeps, "db">,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
): Promise<ScimPersonRow> {
  refuseUnless(actor, "scim:provision", organisationWide(actor.orgId));
  const row = await getScimPerson(deps.db, actor.orgId, personId);
  if (!row) throw notFoundRefusal("user", personId);
  return row;
}
