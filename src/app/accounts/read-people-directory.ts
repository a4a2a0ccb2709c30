import type { Database } from "../../storage/database.ts";
import {
  type DirectoryEntry,
  type DirectoryFilter,
  listPeopleDirectory,
} from "../../storage/queries/people-directory.ts";
import { listRoleHistory } from "../../storage/queries/role-history.ts";
import type { Actor } from "../policy.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "../refusal.ts";

/**
 * The People page for admins: everyone with role, manager, team and account status, filtered
 * and paginated by the database.
 *
 * @example
 * const rows = await readPeopleDirectory(db, admin, { search: "ava" }, { limit: 51, offset: 0 });
 */
export async function readPeopleDirectory(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  filter: DirectoryFilter,
  page: { limit: number; offset: number },
): Promise<DirectoryEntry[]> {
  refuseUnless(actor, "people:list-all", organisationWide(actor.orgId));
  return listPeopleDirectory(db, actor.orgId, filter, page);
}

/** One person of the People page with the roles they have held, newest first. */
export interface DirectoryPerson extends DirectoryEntry {
  roleHistory: { roleId: string; from: string; to: string | null }[];
}

/**
 * A person as the People page opens them (admins): their entry and their role history.
 *
 * @example
 * const ava = await readDirectoryPerson(db, admin, avaId);
 */
export async function readDirectoryPerson(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  personId: string,
): Promise<DirectoryPerson> {
  refuseUnless(actor, "people:list-all", organisationWide(actor.orgId));
  const [entry] = await listPeopleDirectory(db, actor.orgId, { personId }, { limit: 1, offset: 0 });
  if (!entry) throw notFoundRefusal("person", personId);
  const history = await listRoleHistory(db, actor.orgId, personId);
  return {
    ...entry,
    roleHistory: history
      .map((stint) => ({ roleId: stint.roleId, from: stint.from, to: stint.to }))
      .reverse()
      // Stints starting the same day keep no order of their own; the current role leads.
      .sort((a, b) => Number(a.to !== null) - Number(b.to !== null)),
  };
}
