import { dayInTimeZone } from "../../engine/calendar/day-in-time-zone.ts";
import type { Database } from "../database.ts";
import { getOrganisationTimeZone } from "../queries/organisation-time-zone.ts";
import {
  type ApplyPeopleImportOptions,
  applyPeopleImport,
  type PeopleImportResult,
} from "./apply-people-import.ts";
import type { PeopleImportPlan } from "./import-plan.ts";
import { type PreparePeopleImportOptions, preparePeopleImport } from "./prepare-people-import.ts";

/** Everything one import needs; `dryRun` plans without writing. */
export type ImportPeopleOptions = PreparePeopleImportOptions &
  Omit<ApplyPeopleImportOptions, "today"> & { dryRun?: boolean; today?: string };

/** How an import ended: refused with problems, planned only (dry run), or applied. */
export type ImportPeopleOutcome =
  | { status: "refused"; plan: PeopleImportPlan }
  | { status: "planned"; plan: PeopleImportPlan }
  | { status: "applied"; plan: PeopleImportPlan; result: PeopleImportResult };

/**
 * Imports an HRIS people file: plans it, and unless it is a dry run or any row has a problem,
 * applies it in one transaction. Re-importing the same file changes nothing.
 *
 * @example
 * const outcome = await importPeople(db, { orgId, framework, content: csvText, dryRun: true });
 * outcome.plan.counts // { create: 120, update: 3, unchanged: 0 }
 */
export async function importPeople(
  db: Database,
  options: ImportPeopleOptions,
): Promise<ImportPeopleOutcome> {
  const plan = await preparePeopleImport(db, options);
  if (plan.problems.length > 0) return { status: "refused", plan };
  if (options.dryRun) return { status: "planned", plan };
  const result = await applyPeopleImport(db, plan, {
    orgId: options.orgId,
    today:
      options.today ??
      dayInTimeZone(new Date(), (await getOrganisationTimeZone(db, options.orgId)) ?? "UTC"),
    onProgress: options.onProgress,
  });
  return { status: "applied", plan, result };
}
