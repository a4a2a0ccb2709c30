import { bigint, pgTable, text } from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";

/** An organisation: the boundary no data crosses. */
export const organisations = pgTable("organisations", {
  id: idColumn(),
  name: text("name").notNull(),
  createdAt: createdAtColumn(),
  /** The IANA time zone whose calendar decides what "today" is for the organisation. */
  timeZone: text("time_zone").notNull().default("UTC"),
  /**
   * Moves on, at commit, with every change to the organisation's data except sign-in sessions,
   * tokens, invitations, single sign-on settings, mails, the analytics kept per person (they
   * follow the assessments), the audit log, import progress and the ratings of drafts (database triggers keep it; see
   * `drizzle/0002_organisation_revision.sql`). An answer computed at one revision holds until it
   * moves, whichever server made the change.
   */
  revision: bigint("revision", { mode: "number" }).notNull().default(0),
});
