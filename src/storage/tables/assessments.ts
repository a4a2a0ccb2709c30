import { sql } from "drizzle-orm";
import {
  check,
  index,
  integer,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from "drizzle-orm/pg-core";
import { createdAtColumn, emptyTextArray, idColumn, updatedAtColumn } from "./columns.ts";
import { frameworkVersions } from "./framework-versions.ts";
import { organisations } from "./organisations.ts";
import { people } from "./people.ts";
import { users } from "./users.ts";

/** Who gave an assessment. */
export const raterKinds = ["self", "manager", "peer"] as const;

/** Whether an assessment still changes (draft) or counts (submitted). */
export const assessmentStatuses = ["draft", "submitted"] as const;

/** One rater's assessment of one person, pinned to a framework version. */
export const assessments = pgTable(
  "assessments",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    raterUserId: uuid("rater_user_id").references(() => users.id, { onDelete: "set null" }),
    raterPersonId: uuid("rater_person_id").references(() => people.id, { onDelete: "set null" }),
    raterKind: text("rater_kind", { enum: raterKinds }).notNull(),
    frameworkVersionId: uuid("framework_version_id")
      .notNull()
      .references(() => frameworkVersions.id, { onDelete: "no action" }),
    status: text("status", { enum: assessmentStatuses }).notNull().default("draft"),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
    submittedAt: timestamp("submitted_at", { withTimezone: true }),
  },
  (t) => [
    index("assessments_person_idx").on(t.personId, t.submittedAt),
    index("assessments_rater_user_idx").on(t.raterUserId),
    index("assessments_org_idx").on(t.orgId),
    check("assessments_rater_kind_known", sql`${t.raterKind} in ('self', 'manager', 'peer')`),
    check(
      "assessments_submitted_has_time",
      sql`(${t.status} = 'submitted') = (${t.submittedAt} is not null)`,
    ),
  ],
);

/** One competency's rating inside an assessment. */
export const ratings = pgTable(
  "ratings",
  {
    assessmentId: uuid("assessment_id")
      .notNull()
      .references(() => assessments.id, { onDelete: "cascade" }),
    competencyId: text("competency_id").notNull(),
    level: integer("level").notNull(),
    note: text("note"),
    evidenceIds: text("evidence_ids").array().notNull().default(emptyTextArray),
  },
  (t) => [
    primaryKey({ name: "ratings_pk", columns: [t.assessmentId, t.competencyId] }),
    check("ratings_level_positive", sql`${t.level} >= 0`),
  ],
);
