import {
  doublePrecision,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn } from "./columns.ts";
import { frameworkVersions } from "./framework-versions.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";

/**
 * What org and team analytics read about one person, kept up to date in the transaction that
 * submits an assessment (see `src/storage/queries/analytics-aggregates.ts`): the aggregated level
 * per competency of the published framework, in its order (null: unrated), and the
 * self-vs-manager agreement counts. A person without a row has no submitted ratings.
 */
export const analyticsPersonLevels = pgTable(
  "analytics_person_levels",
  {
    personId: uuid("person_id")
      .primaryKey()
      .references(() => people.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The published version the levels were computed on; another version's rows are stale. */
    frameworkVersionId: uuid("framework_version_id")
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: "cascade" }),
    levels: doublePrecision("levels").array().notNull(),
    compared: integer("compared").notNull(),
    aligned: integer("aligned").notNull(),
    updatedAt: createdAtColumn("updated_at"),
  },
  (t) => [index("analytics_person_levels_org_idx").on(t.orgId)],
);

/** What each rater of a person adds to the rater's leniency: ratings compared and their sum. */
export const analyticsRaterLeniency = pgTable(
  "analytics_rater_leniency",
  {
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    /** The engine's rater id: the rater's person, else their account, else the assessment. */
    raterId: text("rater_id").notNull(),
    compared: integer("compared").notNull(),
    sum: doublePrecision("sum").notNull(),
  },
  (t) => [
    primaryKey({ name: "analytics_rater_leniency_pk", columns: [t.personId, t.raterId] }),
    index("analytics_rater_leniency_org_idx").on(t.orgId),
  ],
);

/**
 * People whose aggregates must be computed again before analytics read them. Database triggers
 * add a person whenever one of their submitted assessments or its ratings changes, whoever
 * writes it (see `drizzle/0007_analytics_aggregates.sql`); computing the aggregates removes them.
 */
export const analyticsStalePeople = pgTable(
  "analytics_stale_people",
  {
    // No foreign keys: a person or organisation being deleted marks its people on the way out;
    // computing a person who is gone just clears the mark.
    personId: uuid("person_id").primaryKey(),
    orgId: uuid("org_id").notNull(),
  },
  (t) => [index("analytics_stale_people_org_idx").on(t.orgId)],
);

/** A rebuild of an organisation's aggregates and how far it got, so a stopped one resumes. */
export const analyticsRebuilds = pgTable("analytics_rebuilds", {
  orgId: uuid("org_id")
    .primaryKey()
    .references(() => organisations.id, { onDelete: "cascade" }),
  frameworkVersionId: uuid("framework_version_id")
    .notNull()
    .references(() => frameworkVersions.id, { onDelete: "cascade" }),
  startedAt: createdAtColumn("started_at"),
  finishedAt: timestamp("finished_at", { withTimezone: true }),
  /** People computed so far in this rebuild. */
  done: integer("done").notNull().default(0),
});
