import type { Framework } from "../api/types.ts";

type Role = Framework["roles"][number];

/**
 * A role with a competency's required level set (or cleared, which also drops it from the
 * mandatory list).
 *
 * @example setExpectation(role, "strategy", 3)
 */
export function setExpectation(role: Role, competencyId: string, level: number | null): Role {
  const { [competencyId]: _dropped, ...rest } = role.expectations;
  if (level === null) {
    return {
      ...role,
      expectations: rest,
      mandatory: role.mandatory.filter((id) => id !== competencyId),
    };
  }
  return { ...role, expectations: { ...role.expectations, [competencyId]: level } };
}

/**
 * A role with a competency's mandatory flag switched; only an expected competency can be
 * mandatory.
 *
 * @example toggleMandatory(role, "strategy")
 */
export function toggleMandatory(role: Role, competencyId: string): Role {
  if (role.mandatory.includes(competencyId)) {
    return { ...role, mandatory: role.mandatory.filter((id) => id !== competencyId) };
  }
  if (role.expectations[competencyId] === undefined) return role;
  return { ...role, mandatory: [...role.mandatory, competencyId] };
}
