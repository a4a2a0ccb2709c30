import type { Framework } from "../../framework/schema.ts";
import { whereYouStand } from "../profile/where-you-stand.ts";
import type { Preferences, Profile, RoleFit } from "../types.ts";

/**
 * The roles a person's paths lead to when they chose target roles: those targets, plus the next
 * role on each track that their profile names, so a track filter never comes up empty while the
 * profile points to a role on that track. Null means every reachable role.
 *
 * @example pathTargets(framework, profile, fits, { roleId: "pm", preferences }) // ["group-pm", "senior-pm", "principal-pm", ...]
 */
export function pathTargets(
  framework: Framework,
  profile: Profile,
  fits: readonly RoleFit[],
  person: { roleId: string | null; preferences?: Preferences | null | undefined },
): string[] | null {
  const known = new Set(framework.roles.map((role) => role.id));
  const wanted = (person.preferences?.targetRoles ?? []).filter((id) => known.has(id));
  if (wanted.length === 0) return null;
  const avoid = new Set(person.preferences?.avoidRoles ?? []);
  const targets = new Set(wanted);
  for (const standing of whereYouStand(framework, profile, fits, person.roleId).tracks) {
    const next = standing.next;
    if (next !== null && next !== person.roleId && !avoid.has(next)) targets.add(next);
  }
  targets.delete(person.roleId ?? "");
  return [...targets];
}
