import { eq } from "drizzle-orm";
import type { Framework } from "../../framework/schema.ts";
import type { Database } from "../database.ts";
import { listTitleMappings } from "../queries/title-mappings.ts";
import { people } from "../schema.ts";
import type { PeopleImportPlan } from "./import-plan.ts";
import { type PlanPeopleFileInput, planPeopleFile } from "./plan-people-file.ts";

/** A people file and the organisation and framework it is imported into. */
export interface PreparePeopleImportOptions {
  orgId: string;
  framework: Framework;
  content: string | Uint8Array;
  maxBytes?: number;
  /**
   * Reads and plans the file (default: planPeopleFile, in this thread); the server passes one
   * that runs it on a worker thread, so a large file does not hold up other requests.
   */
  plan?: (input: PlanPeopleFileInput) => PeopleImportPlan | Promise<PeopleImportPlan>;
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
  const { content, maxBytes, framework, plan = planPeopleFile } = options;
  return plan({ content, maxBytes, existing, framework, mappings });
}
