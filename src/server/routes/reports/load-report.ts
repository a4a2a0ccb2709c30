import type { Context } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import { type GrowthReport, growthReport } from "../../../app/growth-report.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";

/** What loading a report needs. */
export interface ReportDeps {
  db: Database;
  frameworks: FrameworkSource;
  now: () => Date;
}

/**
 * Loads a person's growth report for the signed-in caller through the `growthReport` use case:
 * the policy must allow reading the person and their growth plans, and the evidence is what the
 * caller may see, so private entries appear only in the person's own report.
 */
export function loadReport(
  c: Context<AppEnv>,
  deps: ReportDeps,
  personId: string,
): Promise<GrowthReport> {
  return growthReport(deps, c.get("actor"), personId);
}
