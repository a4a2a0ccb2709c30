import type { StoredApiToken } from "../storage/queries/api-tokens.ts";
import type { Actor, Resource } from "./policy.ts";

/** A personal access token as its owner sees it in a list: never the token itself. */
export interface ApiTokenView {
  id: string;
  name: string;
  /** The token's last four characters, to tell tokens apart. */
  hint: string;
  scope: "read" | "read-write";
  status: "active" | "expired" | "revoked";
  createdAt: string;
  expiresAt: string;
  lastUsedAt: string | null;
  revokedAt: string | null;
}

/** The view of a stored token at `now`. */
export function apiTokenView(token: StoredApiToken, now: Date): ApiTokenView {
  const status = token.revokedAt ? "revoked" : token.expiresAt <= now ? "expired" : "active";
  return {
    id: token.id,
    name: token.name,
    hint: token.hint,
    scope: token.scope,
    status,
    createdAt: token.createdAt.toISOString(),
    expiresAt: token.expiresAt.toISOString(),
    lastUsedAt: token.lastUsedAt?.toISOString() ?? null,
    revokedAt: token.revokedAt?.toISOString() ?? null,
  };
}

/** The policy facts of the actor's own tokens. */
export function ownTokens(actor: Extract<Actor, { kind: "user" }>): Resource {
  return {
    orgId: actor.orgId,
    ownerPersonId: actor.personId,
    managerChain: [],
    account: { userId: actor.userId, role: actor.role },
  };
}
