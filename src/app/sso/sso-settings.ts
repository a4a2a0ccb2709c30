import type { Database } from "../../storage/database.ts";
import { listOrganisations } from "../../storage/queries/organisations.ts";
import { listSsoConfigs } from "../../storage/queries/sso-configs.ts";

/** An organisation's OpenID Connect sign-in, as the sign-in flow and password sign-in need it. */
export interface SsoSettings {
  orgId: string;
  issuer: string;
  clientId: string;
  clientSecret: string | null;
  allowJustInTime: boolean;
  requireSso: boolean;
  breakGlassUserId: string | null;
  /** Where the issuer, client id and secret come from: the environment wins over the database. */
  source: "environment" | "database";
}

/** The provider given by environment (`PATHWAYS_OIDC_*`), for a single-organisation install. */
export interface SsoEnvironment {
  issuer?: string;
  clientId?: string;
  clientSecret?: string;
}

/**
 * The single sign-on settings of an organisation (or, without one, of the installation's only
 * configured organisation), or null when none is set up. Issuer, client id and secret given by
 * environment override the stored ones and apply to the installation's one organisation; the
 * choices (just-in-time creation, require SSO, break-glass owner) always come from the database.
 *
 * @example
 * const settings = await findSsoSettings(db, { issuer: process.env.PATHWAYS_OIDC_ISSUER });
 */
export async function findSsoSettings(
  db: Database,
  environment: SsoEnvironment,
  orgId?: string,
): Promise<SsoSettings | null> {
  const stored = await listSsoConfigs(db);
  const row = stored.find((config) => orgId === undefined || config.orgId === orgId);
  if (environment.issuer && environment.clientId) {
    const organisations = await listOrganisations(db);
    const only = organisations.length === 1 ? organisations[0] : undefined;
    const target = row?.orgId ?? only?.id;
    if (!target || (orgId !== undefined && target !== orgId)) return null;
    return {
      orgId: target,
      issuer: environment.issuer,
      clientId: environment.clientId,
      clientSecret: environment.clientSecret ?? null,
      allowJustInTime: row?.allowJustInTime ?? false,
      requireSso: row?.requireSso ?? false,
      breakGlassUserId: row?.breakGlassUserId ?? null,
      source: "environment",
    };
  }
  if (!row) return null;
  return {
    orgId: row.orgId,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: row.clientSecret,
    allowJustInTime: row.allowJustInTime,
    requireSso: row.requireSso,
    breakGlassUserId: row.breakGlassUserId,
    source: "database",
  };
}
