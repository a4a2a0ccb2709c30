import type { Framework } from "../../framework/schema.ts";
import type { FrameworkLineage } from "../profile/framework-lineage.ts";

/** Where ids of one version go in the published one, composed along a lineage. */
export interface LineageMappings {
  /** Whether the earlier version is in the lineage at all; if not, nothing carries over. */
  inLineage: boolean;
  /** Old competency id -> the new ids it continues as ([] when retired or unknown). */
  competency(id: string): string[];
  /** Old role id -> the new role id, or null when the role was retired or is unknown. */
  role(id: string): string | null;
}

function stepsAfter(lineage: FrameworkLineage, from: Framework): Framework[] | null {
  const index = lineage.steps.findIndex(
    (step) => step.framework.id === from.id && step.framework.version === from.version,
  );
  if (index < 0) return null;
  // Oldest first: the versions after `from`, up to the published one.
  return lineage.steps
    .slice(0, index)
    .map((step) => step.framework)
    .reverse();
}

/**
 * The migration mappings of every version after `from` up to the lineage's published version,
 * composed: a competency renamed in 1.1 and split in 2.0 goes to both parts, a role retired on
 * the way goes nowhere. An id a version neither maps nor defines is gone from then on. When
 * `from` is outside the lineage (another framework without a mapping), nothing maps.
 *
 * @example lineageMappings(lineage, v1).role("group-pm") // "lead-pm"
 */
export function lineageMappings(lineage: FrameworkLineage, from: Framework): LineageMappings {
  const steps = stepsAfter(lineage, from);
  const roleIds = steps?.map((framework) => new Set(framework.roles.map((role) => role.id)));
  const competencyIds = steps?.map(
    (framework) => new Set(framework.competencies.map((competency) => competency.id)),
  );
  return {
    inLineage: steps !== null,
    competency(id) {
      if (steps === null || competencyIds === undefined) return [];
      let ids = [id];
      steps.forEach((framework, index) => {
        const mapping = framework.migration?.competencies ?? {};
        const known = competencyIds[index] as Set<string>;
        ids = ids.flatMap((current) => {
          if (Object.hasOwn(mapping, current)) {
            const target = mapping[current];
            if (target === null || target === undefined) return [];
            return (typeof target === "string" ? [target] : target).filter((t) => known.has(t));
          }
          return known.has(current) ? [current] : [];
        });
      });
      return [...new Set(ids)];
    },
    role(id) {
      if (steps === null || roleIds === undefined) return null;
      let current: string | null = id;
      steps.forEach((framework, index) => {
        if (current === null) return;
        const mapping = framework.migration?.roles ?? {};
        const known = roleIds[index] as Set<string>;
        if (Object.hasOwn(mapping, current)) {
          const target: string | null | undefined = mapping[current];
          current = target !== null && target !== undefined && known.has(target) ? target : null;
        } else if (!known.has(current)) {
          current = null;
        }
      });
      return current;
    },
  };
}
