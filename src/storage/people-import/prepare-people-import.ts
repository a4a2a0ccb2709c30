import { eq } from "drizzle-orm";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import { listTitleMappings } from "../queries/title-mappings.ts";
import { people } from "../schema.ts";
import type { PeopleImportPlan } from "./import-plan.ts";
import { planPeopleImport } from "./plan-people-import.ts";
import { readPeopleCsv } from "./read-people-csv.ts";

/** A people file and the organisation and framework it is imported into. */
export interface PreparePeopleImportOptions {
  orgId: string;
  framework: Framework;
  content: string | Uint8Array;
  maxBytes?: number;
}

/**
 * Reads a people file and plans it against the organisation as stored; reads only. A file that
 * cannot be read gives a plan with no rows and the reading problems.
 *
 * @example const plan = await preparePeopleImport(db, { orgId, framework, content: csvText });
 */
export async function preparePeopleImport(
  db: Database,
  options: PreparePeopleImportOptions,
): Promise<PeopleImportPlan> {
  const read = readPeopleCsv(options.content, { maxBytes: options.maxBytes });
  if (!read.ok) {
    return {
      rows: [],
      counts: { create: 0, update: 0, unchanged: 0 },
      unmatchedTitles: [],
      problems: read.problems,
    };
  }
  const [existing, mappings] = await Promise.all([
    db
      .select({
        id: people.id,
        email: people.email,
        name: people.name,
        roleId: people.roleId,
        managerId: people.managerId,
        team: people.team,
      })
      .from(people)
      .where(eq(people.orgId, options.orgId)),
    listTitleMappings(db, options.orgId),
  ]);
  return planPeopleImport({ rows: read.rows, existing, framework: options.framework, mappings });
}
