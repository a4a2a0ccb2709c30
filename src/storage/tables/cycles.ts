import { sql } from "drizzle-orm";
import {
  boolean,
  check,
  date,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, idColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/** Whether a cycle still collects assessments (open) or has been closed and snapshotted. */
export const cycleStatuses = ["open", "closed"] as const;

/** One cycle's state. */
export type CycleStatus = (typeof cycleStatuses)[number];

/** Who chooses a person's peers in a cycle that asks for peers: the person or their manager. */
export const peerChoosers = ["person", "manager"] as const;

/** Who chooses peers. */
export type PeerChooser = (typeof peerChoosers)[number];

/**
 * A check-in cycle: a time-boxed round in which self, manager and peer assessments are due for a
 * population, between two dates of the organisation's calendar.
 */
export const cycles = pgTable(
  "cycles",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    startsOn: date("starts_on", { mode: "string" }).notNull(),
    endsOn: date("ends_on", { mode: "string" }).notNull(),
    selfRated: boolean("self_rated").notNull().default(true),
    managerRated: boolean("manager_rated").notNull().default(true),
    /** How many peers are asked to give feedback on each person; 0 when peers are not raters. */
    peerCount: integer("peer_count").notNull().default(0),
    peerChooser: text("peer_chooser", { enum: peerChoosers }).notNull().default("person"),
    status: text("status", { enum: cycleStatuses }).notNull().default("open"),
    createdByUserId: uuid("created_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    createdAt: createdAtColumn(),
    closedAt: timestamp("closed_at", { withTimezone: true }),
  },
  (t) => [
    index("cycles_org_idx").on(t.orgId, t.startsOn),
    check("cycles_status_known", sql`${t.status} in ('open', 'closed')`),
    check("cycles_window_ordered", sql`${t.endsOn} >= ${t.startsOn}`),
    check("cycles_peer_count_small", sql`${t.peerCount} between 0 and 10`),
    check("cycles_peer_chooser_known", sql`${t.peerChooser} in ('person', 'manager')`),
    check("cycles_closed_has_time", sql`(${t.status} = 'closed') = (${t.closedAt} is not null)`),
  ],
);

/** Someone a cycle asks to be assessed, with the manager they had when it opened. */
export const cycleParticipants = pgTable(
  "cycle_participants",
  {
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    managerId: uuid("manager_id").references(() => people.id, { onDelete: "set null" }),
  },
  (t) => [
    primaryKey({ name: "cycle_participants_pk", columns: [t.cycleId, t.personId] }),
    index("cycle_participants_person_idx").on(t.personId),
    index("cycle_participants_manager_idx").on(t.managerId),
  ],
);

/** One person's profile and readiness as they stood when their cycle closed; never rewritten. */
export const cycleSnapshots = pgTable(
  "cycle_snapshots",
  {
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    /** The snapshot's content (see `CycleSnapshotContent` in src/app/cycles). */
    content: jsonb("content").notNull(),
    takenAt: createdAtColumn("taken_at"),
  },
  (t) => [
    primaryKey({ name: "cycle_snapshots_pk", columns: [t.cycleId, t.personId] }),
    index("cycle_snapshots_person_idx").on(t.personId),
  ],
);

/**
 * What a person and their manager agreed in a cycle's alignment conversation: a note, and
 * optionally agreed levels per competency that the person's growth plan then starts from.
 */
export const alignmentOutcomes = pgTable(
  "alignment_outcomes",
  {
    cycleId: uuid("cycle_id")
      .notNull()
      .references(() => cycles.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    note: text("note").notNull(),
    /** Competency id -> agreed level, for the competencies a level was agreed on. */
    agreedLevels: jsonb("agreed_levels").notNull().default({}),
    recordedByUserId: uuid("recorded_by_user_id").references(() => users.id, {
      onDelete: "set null",
    }),
    recordedAt: timestamp("recorded_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: "alignment_outcomes_pk", columns: [t.cycleId, t.personId] }),
    index("alignment_outcomes_person_idx").on(t.personId, t.recordedAt),
  ],
);
