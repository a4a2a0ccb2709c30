import { sql } from "drizzle-orm";
import { index, integer, pgTable, text, timestamp, uniqueIndex, uuid } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/**
 * An invitation for a person to create their account: a single-use link (only a digest of its
 * token is kept) that ends at `expires_at`, when accepted or when revoked. A person has at most
 * one open invitation; resending keeps the row and sends a new link.
 */
export const invitations = pgTable(
  "invitations",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    email: text("email").notNull(),
    tokenDigest: text("token_digest").notNull(),
    invitedByUserId: uuid("invited_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAtColumn(),
    expiresAt: timestamp("expires_at", { withTimezone: true }).notNull(),
    lastSentAt: timestamp("last_sent_at", { withTimezone: true }).notNull().defaultNow(),
    sendCount: integer("send_count").notNull().default(1),
    acceptedAt: timestamp("accepted_at", { withTimezone: true }),
    revokedAt: timestamp("revoked_at", { withTimezone: true }),
  },
  (t) => [
    uniqueIndex("invitations_token_idx").on(t.tokenDigest),
    index("invitations_org_idx").on(t.orgId, t.createdAt),
    uniqueIndex("invitations_open_person_idx")
      .on(t.personId)
      .where(sql`${t.acceptedAt} is null and ${t.revokedAt} is null`),
  ],
);
