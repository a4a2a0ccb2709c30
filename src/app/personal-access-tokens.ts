import type { Database } from "../storage/database.ts";
import { createApiToken, listApiTokens, revokeApiToken } from "../storage/queries/api-tokens.ts";
import { type ApiTokenView, apiTokenView, ownTokens } from "./api-token-view.ts";
import type { Actor } from "./policy.ts";
import { recordAuditEntry } from "./record-audit-entry.ts";
import { notFoundRefusal, refuseUnless } from "./refusal.ts";
import { digestToken, newToken } from "./secret-token.ts";

type Member = Extract<Actor, { kind: "user" }>;

/** What every personal access token starts with, so scanners and people can tell one apart. */
export const apiTokenPrefix = "pw_";
/** How long a token lives unless its owner says otherwise, and at most. */
export const defaultTokenDays = 90;
export const maxTokenDays = 365;

/** What a new token needs. */
export interface NewTokenInput {
  name: string;
  scope: "read" | "read-write";
  /** Days until it expires: 1 to {@link maxTokenDays}, {@link defaultTokenDays} by default. */
  expiresInDays?: number;
}

/**
 * Creates a personal access token for the actor's own account. The token is answered once, here;
 * only its digest and last four characters are kept. A token cannot create tokens.
 *
 * @example
 * const { token } = await createPersonalToken(db, actor, { name: "CI", scope: "read" }, now);
 */
export async function createPersonalToken(
  db: Database,
  actor: Member,
  input: NewTokenInput,
  now: Date,
): Promise<{ token: string; view: ApiTokenView }> {
  refuseUnless(actor, "token:manage", ownTokens(actor));
  const token = `${apiTokenPrefix}${newToken()}`;
  const days = Math.min(input.expiresInDays ?? defaultTokenDays, maxTokenDays);
  const stored = await db.transaction(async (tx) => {
    const row = await createApiToken(tx, {
      userId: actor.userId,
      name: input.name,
      scope: input.scope,
      tokenDigest: digestToken(token),
      hint: token.slice(-4),
      expiresAt: new Date(now.getTime() + days * 86_400_000),
    });
    await recordAuditEntry(tx, actor, {
      action: "token:create",
      targetType: "api-token",
      targetId: row.id,
      detail: { name: row.name, scope: row.scope, expiresAt: row.expiresAt.toISOString() },
    });
    return row;
  });
  return { token, view: apiTokenView(stored, now) };
}

/**
 * The actor's own tokens, newest first, with whether each is active, expired or revoked.
 *
 * @example const tokens = await listPersonalTokens(db, actor, new Date());
 */
export async function listPersonalTokens(
  db: Database,
  actor: Member,
  now: Date,
): Promise<ApiTokenView[]> {
  refuseUnless(actor, "token:manage", ownTokens(actor));
  return (await listApiTokens(db, actor.userId)).map((token) => apiTokenView(token, now));
}

/**
 * Revokes one of the actor's own tokens at once; revoking a revoked token changes nothing.
 *
 * @example await revokePersonalToken(db, actor, tokenId, new Date());
 */
export async function revokePersonalToken(
  db: Database,
  actor: Member,
  tokenId: string,
  now: Date,
): Promise<ApiTokenView> {
  refuseUnless(actor, "token:manage", ownTokens(actor));
  return db.transaction(async (tx) => {
    const row = await revokeApiToken(tx, actor.userId, tokenId, now);
    if (!row) throw notFoundRefusal("token of yours", tokenId);
    if (row.revokedAt?.getTime() === now.getTime()) {
      await recordAuditEntry(tx, actor, {
        action: "token:revoke",
        targetType: "api-token",
        targetId: row.id,
        detail: { name: row.name },
      });
    }
    return apiTokenView(row, now);
  });
}
