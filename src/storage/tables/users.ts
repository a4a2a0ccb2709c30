import { sql } from "drizzle-orm";
import { check, index, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn, updatedAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

/** What a user may administer in their organisation. */
export const orgRoles = ["member", "admin", "owner"] as const;

/** An account that signs in; email is unique across the whole installation. */
export const users = pgTable(
  "users",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    /** Null for an account that signs in only through single sign-on. */
    passwordHash: text("password_hash"),
    role: text("role", { enum: orgRoles }).notNull().default("member"),
    personId: uuid("person_id").references(() => people.id, { onDelete: "set null" }),
    /** Set when the account is deactivated: it no longer signs in; its history stays. */
    deactivatedAt: timestamp("deactivated_at", { withTimezone: true }),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    uniqueIndex("users_email_idx").on(sql`lower(${t.email})`),
    index("users_org_idx").on(t.orgId),
    index("users_person_idx").on(t.personId),
    check("users_role_known", sql`${t.role} in ('member', 'admin', 'owner')`),
  ],
);

/**
 * A signed-in session; the id is a digest of the cookie token, never the token itself. It ends at
 * `expires_at` or after the idle timeout since `last_seen_at`, whichever comes first.
 */
export const sessions = pgTable(
  "sessions",
  {
    id: text("id").primaryKey(),
    userId: uuid("user_id")
      .notNull()
      .references(() => users.id, { onDelete: "cascade" }),
    createdAt: createdAtColumn(),
    /** The absolute end: the session ends then however busy it is. */
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    /** The last request seen, to the minute or so: the session ends after a while without one. */
    lastSeenAt: timestamp("last_seen_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("sessions_user_idx").on(t.userId), index("sessions_expires_idx").on(t.expiresAt)],
);
