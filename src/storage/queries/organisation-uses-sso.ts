import { eq } from "drizzle-orm";
import type { Database } from "../database.ts";
import { ssoConfigs } from "../schema.ts";

/** Whether the organisation has single sign-on configured (an `sso_configs` row). */
export async function organisationUsesSso(db: Database, orgId: string): Promise<boolean> {
  const rows = await db
    .select({ orgId: ssoConfigs.orgId })
    .from(ssoConfigs)
    .where(eq(ssoConfigs.orgId, orgId));
  return rows.length > 0;
}
