import type { Framework } from "../../framework/schema.ts";
import type { EngineOptions } from "../options.ts";
import { isStepBack } from "../paths/role-seniority.ts";
import type { BenchStrength } from "./org-analytics-types.ts";
import type { OrgScan } from "./org-scan.ts";
import { type RoleVector, readinessCode, roleVectors } from "./role-vectors.ts";

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
 * Whether a role is a meaningful move for someone holding `heldId` (null: no known role): a more
 * senior role on their track, or a role on another track at the same or greater scope. Nobody is
 * bench for their own role, one below it, or a role of narrower scope elsewhere (a Director is
 * never "ready for Associate PM", a VP never for Principal PM); being able to do a more junior
 * job says nothing about who could grow into it. The one home of this rule, after `isStepBack`.
 *
 * @example isBenchMove(framework, "group-pm", "apm") // false
 */
export function isBenchMove(framework: Framework, heldId: string | null, roleId: string): boolean {
  if (heldId === null) return true;
  if (heldId === roleId) return false;
  return !isStepBack(framework, heldId, roleId);
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
  const count = vectors.length;
  // Which moves count, decided once per pair of roles rather than once per person.
  const moves = new Uint8Array(count * count);
  for (let h = 0; h < count; h++) {
    for (let r = 0; r < count; r++) {
      const from = (vectors[h] as RoleVector).role.id;
      moves[h * count + r] = isBenchMove(framework, from, (vectors[r] as RoleVector).role.id)
        ? 1
        : 0;
    }
  }
  for (let p = 0; p < people.length; p++) {
    const base = p * size;
    const current = roleOf[p] as number;
    const id = (people[p] as (typeof people)[number]).id;
    for (let r = 0; r < count; r++) {
      if (current >= 0 && moves[current * count + r] === 0) continue;
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
