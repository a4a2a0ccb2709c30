import { sql } from "drizzle-orm";
import {
  type AnyPgColumn,
  check,
  date,
  index,
  jsonb,
  pgTable,
  text,
  uniqueIndex,
  uuid,
} from "drizzle-orm/pg-core";
import type { Background, Preferences } from "../../engine/types.ts";
import { createdAtColumn, emptyTextArray, idColumn, updatedAtColumn } from "./columns.ts";
import { organisations } from "./organisations.ts";

/** A person in an organisation: role, manager, team, background and aspirations. */
export const people = pgTable(
  "people",
  {
    id: idColumn(),
    orgId: uuid("org_id")
      .notNull()
      .references(() => organisations.id, { onDelete: "cascade" }),
    name: text("name").notNull(),
    email: text("email"),
    roleId: text("role_id"),
    managerId: uuid("manager_id").references((): AnyPgColumn => people.id, {
      onDelete: "set null",
    }),
    team: text("team"),
    background: jsonb("background").$type<Background>(),
    preferences: jsonb("preferences").$type<Preferences>(),
    /** The kinds of optional mail the person turned off (see `optionalMailKinds`). */
    mailOptOuts: text("mail_opt_outs").array().notNull().default(emptyTextArray),
    /** The identity provider's id for the person, set by SCIM provisioning. */
    externalId: text("external_id"),
    createdAt: createdAtColumn(),
    updatedAt: updatedAtColumn(),
  },
  (t) => [
    index("people_org_idx").on(t.orgId, t.name),
    index("people_manager_idx").on(t.managerId),
    uniqueIndex("people_org_email_idx").on(t.orgId, t.email),
    uniqueIndex("people_org_external_id_idx").on(t.orgId, t.externalId),
    check("people_not_own_manager", sql`${t.managerId} is distinct from ${t.id}`),
  ],
);

/** The roles a person has held, one row per stint; `to` is null for the current one. */
export const roleHistory = pgTable(
  "role_history",
  {
    id: idColumn(),
    personId: uuid("person_id")
      .notNull()
      .references(() => people.id, { onDelete: "cascade" }),
    roleId: text("role_id").notNull(),
    from: date("from_date", { mode: "string" }).notNull(),
    to: date("to_date", { mode: "string" }),
  },
  (t) => [index("role_history_person_idx").on(t.personId, t.from)],
);
