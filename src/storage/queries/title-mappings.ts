import { and, asc, eq, sql } from "drizzle-orm";
import { titleKey } from "../../framework/title-key.ts";
import type { Database } from "../database.ts";
import { titleMappings } from "../schema.ts";

/** A job title an organisation maps to a framework role. */
export interface TitleMapping {
  title: string;
  roleId: string;
}

/** Maps a job title to a role, replacing any mapping of the same title (compared by titleKey). */
export async function setTitleMapping(
  db: Database,
  input: { orgId: string; title: string; roleId: string },
): Promise<TitleMapping> {
  const [row] = await db
    .insert(titleMappings)
    .values({ ...input, titleKey: titleKey(input.title) })
    .onConflictDoUpdate({
      target: [titleMappings.orgId, titleMappings.titleKey],
      set: { title: sql`excluded.title`, roleId: sql`excluded.role_id`, updatedAt: new Date() },
    })
    .returning({ title: titleMappings.title, roleId: titleMappings.roleId });
  if (!row) throw new Error("Saving the title mapping returned no row.");
  return row;
}

/** An organisation's title mappings, by title. */
export async function listTitleMappings(db: Database, orgId: string): Promise<TitleMapping[]> {
  return db
    .select({ title: titleMappings.title, roleId: titleMappings.roleId })
    .from(titleMappings)
    .where(eq(titleMappings.orgId, orgId))
    .orderBy(asc(titleMappings.titleKey));
}

/** Removes the mapping of a title; false when there was none. */
export async function deleteTitleMapping(
  db: Database,
  orgId: string,
  title: string,
): Promise<boolean> {
  const rows = await db
    .delete(titleMappings)
    .where(and(eq(titleMappings.orgId, orgId), eq(titleMappings.titleKey, titleKey(title))))
    .returning({ id: titleMappings.id });
  return rows.length > 0;
}
