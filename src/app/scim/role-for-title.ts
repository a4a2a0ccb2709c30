import { titleKey } from "../../framework/title-key.ts";
import type { Database } from "../../storage/database.ts";
import { listTitleMappings } from "../../storage/queries/title-mappings.ts";

/** The framework role a job title maps to in the organisation (as the people import maps it), or null. */
export async function roleForTitle(
  db: Database,
  orgId: string,
  title: string | null,
): Promise<string | null> {
  if (!title) return null;
  const key = titleKey(title);
  const mappings = await listTitleMappings(db, orgId);
  return mappings.find((mapping) => titleKey(mapping.title) === key)?.roleId ?? null;
}
