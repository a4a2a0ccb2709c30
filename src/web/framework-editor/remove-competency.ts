import type { Framework } from "../api/types.ts";
import { forgetMappingTarget } from "./forget-mapping-target.ts";

/**
 * The titles of the roles that expect a competency, for the confirmation before removing it.
 *
 * @example rolesExpecting(doc, "pricing") // ["Senior Product Manager"]
 */
export function rolesExpecting(doc: Framework, id: string): string[] {
  return doc.roles
    .filter((role) => role.expectations[id] !== undefined)
    .map((role) => role.title || role.id);
}

/**
 * A draft without one competency and every reference to it: each role's expectation of it, its
 * mandatory mark and the skills to develop that grow it; a migration entry that led to it leads
 * nowhere now (a split keeps its other parts), so its ratings are not carried into it.
 *
 * @example removeCompetency(doc, "pricing")
 */
export function removeCompetency(doc: Framework, id: string): Framework {
  return {
    ...doc,
    competencies: doc.competencies.filter((competency) => competency.id !== id),
    roles: doc.roles.map((role) => {
      const { [id]: _dropped, ...expectations } = role.expectations;
      return {
        ...role,
        expectations,
        mandatory: role.mandatory.filter((other) => other !== id),
        skillsToDevelop: role.skillsToDevelop.filter((skill) => skill.competency !== id),
      };
    }),
    ...(doc.migration
      ? {
          migration: {
            ...doc.migration,
            competencies: forgetMappingTarget(doc.migration.competencies, id),
          },
        }
      : {}),
  };
}
