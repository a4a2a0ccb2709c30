import type { Role } from "./schema.ts";

/** A competency expected higher in the later role (from is null when it was not expected before). */
export interface RisingExpectation {
  competency: string;
  from: number | null;
  to: number;
}

/** What changes from one role to another: rising expectations and new responsibilities. */
export interface RoleStep {
  from: string;
  to: string;
  /** Competencies expected higher (or newly expected) in the later role, largest rise first. */
  rising: RisingExpectation[];
  newResponsibilities: string[];
  whatChanges: string[];
}

/**
 * Compares two roles: which expectations rise and which responsibilities are new in `to`.
 *
 * @example compareRoles(pm, seniorPm).rising // [{ competency: "strategy", from: 2, to: 3 }]
 */
export function compareRoles(from: Role, to: Role): RoleStep {
  const rising = Object.entries(to.expectations)
    .map(
      ([competency, level]): RisingExpectation => ({
        competency,
        from: from.expectations[competency] ?? null,
        to: level,
      }),
    )
    .filter((step) => step.from === null || step.to > step.from)
    .sort((a, b) => b.to - (b.from ?? 0) - (a.to - (a.from ?? 0)));
  const known = new Set(from.responsibilities);
  return {
    from: from.id,
    to: to.id,
    rising,
    newResponsibilities: to.responsibilities.filter((item) => !known.has(item)),
    whatChanges: to.whatChanges,
  };
}
