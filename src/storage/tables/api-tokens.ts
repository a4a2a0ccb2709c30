import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";
import { users } from "./users.ts";

/** What a personal access token may do: read only, or read and write as its owner. */
export const apiTokenScopes = ["read", "read-write"] as const;

/**
 * A personal access token for scripts, used as `Authorization: Bearer`; it acts as its owner under
 * the same policy. Only a digest of the token is kept; `hint` is its last characters, to tell
 * tokens apart in a list.
 */
export const apiTokens = pgTable(
  "api_tokens",
  {
    id: idColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenDigest: text("token_digest").notNull(),
    hint: text("hint").notNull(),
    scope: text("scope", { enum: apiTokenScopes }).notNull(),
    createdAt: createdAtColumn(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("api_tokens_digest_idx").on(t.tokenDigest),
    index("api_tokens_user_idx").on(t.userId),
    check("api_tokens_scope_known", sql`${t.scope} in ('read', 'read-write')`),
  ],
);
