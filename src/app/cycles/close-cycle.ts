import type { Database } from "../../storage/database.ts";
import {
  keepCycleSnapshots,
  type NewCycleSnapshot,
} from "../../storage/queries/cycle-snapshots.ts";
import { cycleParticipantIds, getCycle, markCycleClosed } from "../../storage/queries/cycles.ts";
import type { FrameworkSource } from "../framework-source.ts";
import type { Actor } from "../policy.ts";
import { readProfile } from "../read-profile.ts";
import { recordAuditEntry } from "../record-audit-entry.ts";
import { notFoundRefusal, organisationWide, refuseUnless } from "../refusal.ts";
import { cycleSnapshotContent } from "./cycle-snapshot-content.ts";
import { type CycleView, cycleView } from "./cycle-view.ts";

/** What closing a cycle needs. */
export interface CloseCycleDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
  now: () => Date;
}

/**
 * Closes a check-in cycle (admins): keeps a snapshot of every participant's profile and
 * readiness as the engine reads them now, so later assessments never rewrite what the cycle
 * found; audited. Closing a closed cycle changes nothing and answers it as it is.
 *
 * @example
 * const closed = await closeCycle({ db, frameworks, now }, admin, cycleId);
 * closed.status; // "closed"
 */
export async function closeCycle(
  deps: CloseCycleDeps,
  actor: Extract<Actor, { kind: "user" }>,
  cycleId: string,
): Promise<CycleView> {
  refuseUnless(actor, "cycle:manage", organisationWide(actor.orgId));
  const cycle = await getCycle(deps.db, actor.orgId, cycleId);
  if (!cycle) throw notFoundRefusal("cycle", cycleId);
  const personIds = await cycleParticipantIds(deps.db, cycle.id);
  if (cycle.status === "closed") return cycleView({ ...cycle, participants: personIds.length });
  const snapshots: NewCycleSnapshot[] = [];
  for (const personId of personIds) {
    const read = await readProfile(deps, actor, personId);
    snapshots.push({
      cycleId: cycle.id,
      orgId: actor.orgId,
      personId,
      content: cycleSnapshotContent(read.framework, read.version, read.person, read.profile),
    });
  }
  return deps.db.transaction(async (tx) => {
    const closed = await markCycleClosed(tx, actor.orgId, cycle.id, deps.now());
    // Someone else closed it meanwhile: their snapshots stand.
    if (!closed) {
      const current = (await getCycle(tx, actor.orgId, cycle.id)) ?? cycle;
      return cycleView({ ...current, participants: personIds.length });
    }
    const kept = await keepCycleSnapshots(tx, snapshots);
    await recordAuditEntry(tx, actor, {
      action: "cycle:close",
      targetType: "cycle",
      targetId: cycle.id,
      detail: { name: cycle.name, snapshots: kept },
    });
    return cycleView({ ...closed, participants: personIds.length });
  });
}
