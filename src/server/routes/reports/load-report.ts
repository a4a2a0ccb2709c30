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
 * the policy must allow reading the person and their growth plans; the evidence is what is
 * shared beyond the person, and their private entries only when they ask for their own copy.
 */
export function loadReport(
  c: Context<AppEnv>,
  deps: ReportDeps,
  personId: string,
  query: { includePrivate?: "true" | "false" | undefined },
): Promise<GrowthReport> {
  return growthReport(deps, c.get("actor"), personId, {
    includePrivate: query.includePrivate === "true",
  });
}
