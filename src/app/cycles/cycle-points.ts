import type { CyclePoint } from "../../engine/profile/cycle-trend.ts";
import type { Database } from "../../storage/database.ts";
import { listPersonSnapshots } from "../../storage/queries/cycle-snapshots.ts";
import { cycleSnapshotContentSchema } from "./cycle-snapshot-content.ts";

/**
 * The snapshots closed cycles kept of a person, oldest cycle first, as points of their trend;
 * a snapshot whose content cannot be read is left out rather than shown wrong. Callers have
 * already checked that the actor may read the person's profile.
 *
 * @example
 * const points = await cyclePoints(db, orgId, ava.id);
 * points[0]?.cycleName; // "H1 2027 career check-in"
 */
export async function cyclePoints(
  db: Database,
  orgId: string,
  personId: string,
): Promise<CyclePoint[]> {
  const snapshots = await listPersonSnapshots(db, orgId, personId);
  return snapshots.flatMap((snapshot) => {
    const content = cycleSnapshotContentSchema.safeParse(snapshot.content);
    if (!content.success) return [];
    return [
      {
        cycleName: snapshot.cycleName,
        at: snapshot.takenAt.toISOString(),
        levels: Object.fromEntries(
          Object.entries(content.data.competencies).map(([id, score]) => [id, score.level]),
        ),
      },
    ];
  });
}
