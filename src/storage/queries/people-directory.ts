import { and, asc, eq, ilike, or, type SQL, sql } from "drizzle-orm";
import { alias } from "drizzle-orm/pg-core";
import type { Database } from "../database.ts";
import { invitations, people, users } from "../schema.ts";

/** Where a person's account stands. */
export const accountStatuses = ["none", "invited", "active", "deactivated"] as const;
export type AccountStatus = (typeof accountStatuses)[number];

/** One row of the People page: the person, their manager's name and their account. */
export interface DirectoryEntry {
  personId: string;
  name: string;
  email: string | null;
  roleId: string | null;
  team: string | null;
  managerId: string | null;
  managerName: string | null;
  accountStatus: AccountStatus;
  orgRole: "member" | "admin" | "owner" | null;
  /** The open invitation, expired or not. */
  invitation: { id: string; expiresAt: Date; sendCount: number; lastSentAt: Date } | null;
}

/** What the People page filters by; all optional. */
export interface DirectoryFilter {
  /** Part of a name or an email, any case. */
  search?: string | undefined;
  status?: AccountStatus | undefined;
  team?: string | undefined;
  roleId?: string | undefined;
  personId?: string | undefined;
}

const manager = alias(people, "manager");

const status = sql<AccountStatus>`case
  when ${users.id} is not null and ${users.deactivatedAt} is not null then 'deactivated'
  when ${users.id} is not null then 'active'
  when ${invitations.id} is not null then 'invited'
  else 'none' end`;

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

function conditions(orgId: string, filter: DirectoryFilter): SQL[] {
  const where: SQL[] = [eq(people.orgId, orgId)];
  if (filter.personId) where.push(eq(people.id, filter.personId));
  if (filter.team) where.push(eq(people.team, filter.team));
  if (filter.roleId) where.push(eq(people.roleId, filter.roleId));
  if (filter.status) where.push(sql`${status} = ${filter.status}`);
  if (filter.search) {
    const pattern = `%${escapeLike(filter.search)}%`;
    const match = or(ilike(people.name, pattern), ilike(people.email, pattern));
    if (match) where.push(match);
  }
  return where;
}

/**
 * A page of the organisation's people with their manager and account status, filtered and
 * paginated in SQL (one statement), by name.
 *
 * @example
 * const rows = await listPeopleDirectory(db, orgId, { status: "none" }, { limit: 51, offset: 0 });
 */
export async function listPeopleDirectory(
  db: Database,
  orgId: string,
  filter: DirectoryFilter,
  page: { limit: number; offset: number },
): Promise<DirectoryEntry[]> {
  const rows = await db
    .select({
      personId: people.id,
      name: people.name,
      email: people.email,
      roleId: people.roleId,
      team: people.team,
      managerId: people.managerId,
      managerName: manager.name,
      accountStatus: status,
      orgRole: users.role,
      invitationId: invitations.id,
      expiresAt: invitations.expiresAt,
      sendCount: invitations.sendCount,
      lastSentAt: invitations.lastSentAt,
    })
    .from(people)
    .leftJoin(manager, eq(manager.id, people.managerId))
    .leftJoin(users, eq(users.personId, people.id))
    .leftJoin(
      invitations,
      sql`${invitations.personId} = ${people.id} and ${invitations.acceptedAt} is null and ${invitations.revokedAt} is null`,
    )
    .where(and(...conditions(orgId, filter)))
    .orderBy(asc(people.name), asc(people.id))
    .limit(page.limit)
    .offset(page.offset);
  return rows.map(({ invitationId, expiresAt, sendCount, lastSentAt, ...row }) => ({
    ...row,
    invitation:
      invitationId && expiresAt && sendCount !== null && lastSentAt
        ? { id: invitationId, expiresAt, sendCount, lastSentAt }
        : null,
  }));
}
