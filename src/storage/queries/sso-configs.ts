import { asc, eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { ssoConfigs } from "../schema.ts";

/** An organisation's stored OpenID Connect settings. */
export type StoredSsoConfig = typeof ssoConfigs.$inferSelect;

/** What setting an organisation's OpenID Connect provider stores. */
export type NewSsoConfig = Omit<StoredSsoConfig, "updatedAt">;

/** Every organisation's stored settings, oldest organisation first. */
export async function listSsoConfigs(db: Database): Promise<StoredSsoConfig[]> {
  return db.select().from(ssoConfigs).orderBy(asc(ssoConfigs.orgId));
}

/** One organisation's stored settings, or null. */
export async function getSsoConfig(db: Database, orgId: string): Promise<StoredSsoConfig | null> {
  const [row] = await db.select().from(ssoConfigs).where(eq(ssoConfigs.orgId, orgId));
  return row ?? null;
}

/** Stores an organisation's settings, replacing any it had. */
export async function putSsoConfig(db: Database, config: NewSsoConfig): Promise<StoredSsoConfig> {
  const { orgId, ...rest } = config;
  const [row] = await db
    .insert(ssoConfigs)
    .values(config)
    .onConflictDoUpdate({ target: ssoConfigs.orgId, set: { ...rest, updatedAt: new Date() } })
    .returning();
  if (!row) throw new Error(`Storing the single sign-on settings of ${orgId} returned no row.`);
  return row;
}

/** Removes an organisation's settings; true when it had some. */
export async function deleteSsoConfig(db: Database, orgId: string): Promise<boolean> {
  const rows = await db.delete(ssoConfigs).where(eq(ssoConfigs.orgId, orgId)).returning();
  return rows.length > 0;
}
