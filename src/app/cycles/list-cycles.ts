import type { Database } from "../../storage/database.ts";
import { listCycles as listStoredCycles } from "../../storage/queries/cycles.ts";
import type { Actor } from "../policy.ts";
import { organisationWide, refuseUnless } from "../refusal.ts";
import { type CycleView, cycleView } from "./cycle-view.ts";

/**
 * The organisation's check-in cycles, open ones first, then the latest window first; everyone
 * signed in may see which cycles there are (what each person owes is read separately).
 *
 * @example
 * const cycles = await listCycles(db, actor);
 */
export async function listCycles(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
): Promise<CycleView[]> {
  refuseUnless(actor, "cycle:list", organisationWide(actor.orgId));
  return (await listStoredCycles(db, actor.orgId)).map(cycleView);
}
