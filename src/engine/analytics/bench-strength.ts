import type { Framework } from "../../framework/schema.ts";
import type { EngineOptions } from "../options.ts";
import type { BenchStrength } from "./org-analytics-types.ts";
import type { OrgScan } from "./org-scan.ts";
import { readinessCode, roleVectors } from "./role-vectors.ts";

function benchReason(title: string, ready: number, close: number): string {
  const people = (n: number) => (n === 1 ? "1 person" : `${n} people`);
  if (ready === 0 && close === 0) {
    return `Nobody here is ready or close for ${title} yet; growth plans can build that bench.`;
  }
  if (ready === 0)
    return `Nobody here is ready for ${title} yet; ${people(close)} ${close === 1 ? "is" : "are"} close.`;
  return `${people(ready)} ${ready === 1 ? "is" : "are"} ready for ${title} and ${close} close.`;
}

/**
 * Whether a role is a step up or across for someone in `held` (null: no known role): any role
 * on another track, or a more senior one on theirs. Nobody is bench for their own role or for
 * one below it; being able to do a more junior job says nothing about who could grow into it.
 */
export function isBenchMove(
  held: { track: string; rank: number } | null,
  role: { track: string; rank: number },
): boolean {
  return held === null || held.track !== role.track || role.rank > held.rank;
}

/**
 * Per role, who is ready or close for it (readiness decided as `roleFit` decides it), among the
 * people for whom it is a step up or across (see {@link isBenchMove}): everyone counted, the
 * first `benchNamesMax` of each list named.
 */
export function benchStrength(
  framework: Framework,
  scan: OrgScan,
  settings: Readonly<EngineOptions>,
): BenchStrength[] {
  const vectors = roleVectors(framework, settings);
  const ready: string[][] = vectors.map(() => []);
  const close: string[][] = vectors.map(() => []);
  const readyCount = new Int32Array(vectors.length);
  const closeCount = new Int32Array(vectors.length);
  const named = settings.benchNamesMax;
  const { people, levels, size, roleOf } = scan;
  for (let p = 0; p < people.length; p++) {
    const base = p * size;
    const current = roleOf[p] as number;
    const id = (people[p] as (typeof people)[number]).id;
    const held = vectors[current]?.role ?? null;
    for (let r = 0; r < vectors.length; r++) {
      if (!isBenchMove(held, (vectors[r] as (typeof vectors)[number]).role)) continue;
      const code = readinessCode(
        levels,
        base,
        vectors[r] as (typeof vectors)[number],
        settings.readiness,
      );
      if (code === 0) {
        readyCount[r] = (readyCount[r] as number) + 1;
        if ((readyCount[r] as number) <= named) (ready[r] as string[]).push(id);
      } else if (code === 1) {
        closeCount[r] = (closeCount[r] as number) + 1;
        if ((closeCount[r] as number) <= named) (close[r] as string[]).push(id);
      }
    }
  }
  return vectors.map((vector, r) => {
    const counts = { ready: readyCount[r] as number, close: closeCount[r] as number };
    return {
      roleId: vector.role.id,
      ...counts,
      readyPeople: ready[r] as string[],
      closePeople: close[r] as string[],
      reason: benchReason(vector.role.title, counts.ready, counts.close),
    };
  });
}
