import { descriptorCriteria } from "../../framework/level-descriptor.ts";
import type { Framework } from "../api/types.ts";

/** Words for a framework's ids and levels, as the pages show them. */
export interface FrameworkLabels {
  /** A proficiency level with its scale label, e.g. "3 · Proficient". */
  level(level: number): string;
  /** What a competency looks like at a level: its observable criteria (one for a sentence). */
  criteria(competencyId: string, level: number): string[];
  /** A competency's name, falling back to its id. */
  competency(competencyId: string): string;
  /** A role's title, falling back to its id. */
  role(roleId: string): string;
}

/**
 * Looks up the display words of a framework once, for a page to use many times.
 *
 * @example
 * const labels = frameworkLabels(framework);
 * labels.level(3); // "3 · Proficient"
 */
export function frameworkLabels(framework: Framework): FrameworkLabels {
  const scale = new Map(framework.scale.map((step) => [step.level, step.label]));
  const competencies = new Map(framework.competencies.map((c) => [c.id, c]));
  const roles = new Map(framework.roles.map((role) => [role.id, role.title]));
  return {
    level: (level) => {
      const label = scale.get(level);
      return label ? `${level} · ${label}` : String(level);
    },
    criteria: (competencyId, level) =>
      descriptorCriteria(competencies.get(competencyId)?.levels[String(level)]),
    competency: (competencyId) => competencies.get(competencyId)?.name ?? competencyId,
    role: (roleId) => roles.get(roleId) ?? roleId,
  };
}
