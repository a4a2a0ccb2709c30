import type { Framework } from "../framework/schema.ts";
import type { EngineOptions } from "./options.ts";
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
 * Per role, who is ready or close for it (readiness decided as `roleFit` decides it), leaving
 * out the people who already hold the role.
 */
export function benchStrength(
  framework: Framework,
  scan: OrgScan,
  settings: Readonly<EngineOptions>,
): BenchStrength[] {
  const vectors = roleVectors(framework, settings);
  const ready: string[][] = vectors.map(() => []);
  const close: string[][] = vectors.map(() => []);
  const { people, levels, size, roleOf } = scan;
  for (let p = 0; p < people.length; p++) {
    const base = p * size;
    const current = roleOf[p] as number;
    const id = (people[p] as (typeof people)[number]).id;
    for (let r = 0; r < vectors.length; r++) {
      if (r === current) continue;
      const code = readinessCode(
        levels,
        base,
        vectors[r] as (typeof vectors)[number],
        settings.readiness,
      );
      if (code === 0) (ready[r] as string[]).push(id);
      else if (code === 1) (close[r] as string[]).push(id);
    }
  }
  return vectors.map((vector, r) => {
    const readyPeople = ready[r] as string[];
    const closePeople = close[r] as string[];
    return {
      roleId: vector.role.id,
      ready: readyPeople.length,
      close: closePeople.length,
      readyPeople,
      closePeople,
      reason: benchReason(vector.role.title, readyPeople.length, closePeople.length),
    };
  });
}
