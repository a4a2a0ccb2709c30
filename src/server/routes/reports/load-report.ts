import type { Context } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { can } from "../../../app/policy.ts";
import type { GrowthReport } from "../../../reports/growth-report.ts";
import { loadGrowthReport } from "../../../reports/load-growth-report.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { authorize, signedIn } from "../../authorize.ts";
import { loadPersonFacts } from "../../person-facts.ts";

/** What loading a report needs. */
export interface ReportDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}

/**
 * Loads a person's growth report for the signed-in caller after the policy allows reading the
 * person and their growth plans; evidence is what the caller may see, so private entries appear
 * only in the person's own report.
 */
export async function loadReport(
  c: Context<AppEnv>,
  deps: ReportDeps,
  personId: string,
): Promise<GrowthReport> {
  const actor = signedIn(c);
  const { person, facts } = await loadPersonFacts(deps.db, actor, personId);
  authorize(c, "person:read", facts);
  authorize(c, "plan:read", facts);
  const { framework } = await deps.frameworks.current(actor.orgId);
  return loadGrowthReport({
    db: deps.db,
    framework,
    person,
    now: deps.now(),
    evidenceVisible: (entry) =>
      can(actor, "evidence:read", { ...facts, visibility: entry.visibility }).allowed,
  });
}
