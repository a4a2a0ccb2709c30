import type { RoleHistoryEntry } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { previousRoles, seniorityOf } from "./demo-career.ts";
import { isoDate, yearsBefore } from "./demo-dates.ts";

/** A person's stints in the organisation, oldest first, the last one current (no end date). */
export function demoRoleHistory(options: {
  framework: Framework;
  personId: string;
  roleId: string;
  /** Years since the person joined. */
  tenure: number;
  now: Date;
  random: Random;
}): RoleHistoryEntry[] {
  const { framework, personId, now, random } = options;
  const stints: { roleId: string; startYears: number }[] = [];
  let roleId = options.roleId;
  let endYears = 0;
  // Walk back from the current role through up to two earlier stints: promotions, an IC
  // switch or a pivot into an adjacent role, whichever the framework says leads here.
  for (let depth = 0; depth < 3; depth++) {
    const current = seniorityOf(framework, roleId);
    const earlier = previousRoles(framework, roleId, ["promotion", "track-switch", "pivot"]).filter(
      (id) => id !== roleId && seniorityOf(framework, id) <= current + 0.1,
    );
    const remaining = options.tenure - endYears;
    const canStepBack = depth < 2 && earlier.length > 0 && remaining > 1.6 && random.chance(0.7);
    if (!canStepBack) {
      stints.push({ roleId, startYears: options.tenure });
      break;
    }
    const startYears = endYears + random.between(0.6, Math.min(remaining - 0.8, 3));
    stints.push({ roleId, startYears });
    endYears = startYears;
    roleId = random.pick(earlier);
  }
  const oldestFirst = stints.reverse();
  return oldestFirst.map((stint, index) => {
    const next = oldestFirst[index + 1];
    return {
      personId,
      roleId: stint.roleId,
      from: isoDate(yearsBefore(now, stint.startYears)),
      to: next ? isoDate(yearsBefore(now, next.startYears)) : null,
    };
  });
}
