import type { Framework } from "../framework/schema.ts";
import type { StoredPerson } from "../storage/queries/people.ts";

/**
 * The role a person is working towards: their first stated target role the framework knows,
 * else the promotion from their current role; null when neither exists.
 *
 * @example nextRole(framework, { roleId: "pm" }) // "senior-pm"
 */
export function nextRole(
  framework: Framework,
  person: Pick<StoredPerson, "roleId" | "preferences">,
): string | null {
  const known = new Set(framework.roles.map((role) => role.id));
  const avoid = new Set(person.preferences?.avoidRoles ?? []);
  const target = (person.preferences?.targetRoles ?? []).find(
    (id) => known.has(id) && id !== person.roleId,
  );
  if (target) return target;
  const promotion = framework.transitions.find(
    (transition) =>
      transition.from === person.roleId &&
      transition.kind === "promotion" &&
      known.has(transition.to) &&
      !avoid.has(transition.to),
  );
  return promotion?.to ?? null;
}
