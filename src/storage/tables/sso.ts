import { boolean, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, updatedAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { users } from "./users.ts";

/**
 * An organisation's OpenID Connect provider (set from the CLI; environment variables override it).
 * With `requireSso`, passwords no longer sign in, except the break-glass owner's.
 */
export const ssoConfigs = pgTable("sso_configs", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  issuer: text("issuer").notNull(),
  clientId: text("client_id").notNull(),
  clientSecret: text("client_secret"),
  /** Create a person and account on first sign-in for a verified email nobody holds yet. */
  allowJustInTime: boolean("allow_just_in_time").notNull().default(false),
  requireSso: boolean("require_sso").notNull().default(false),
  breakGlassUserId: uuid("break_glass_user_id").references(() => users.id, {
    onDelete: "set null",
  }),
  updatedAt: updatedAtColumn(),
});

/** An identity at an OpenID provider linked to an account, by the provider's issuer and subject. */
export const ssoIdentities = pgTable(
  "sso_identities",
  {
    id: idColumn(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    issuer: text("issuer").notNull(),
    subject: text("subject").notNull(),
    email: text("email").notNull(),
    createdAt: createdAtColumn(),
    lastSignInAt: timestamp("last_sign_in_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("sso_identities_subject_idx").on(t.issuer, t.subject)],
);

/** A bearer token an identity provider uses for SCIM provisioning; only its digest is kept. */
export const scimTokens = pgTable(
  "scim_tokens",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    tokenDigest: text("token_digest").notNull(),
    createdAt: createdAtColumn(),
    lastUsedAt: timestamp("last_used_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [uniqueIndex("scim_tokens_digest_idx").on(t.tokenDigest)],
);
