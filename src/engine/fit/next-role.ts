import type { Framework } from "../../framework/schema.ts";
import type { Preferences } from "../types.ts";

/** The role a person is working towards, and why it is that one. */
export interface NextRole {
  roleId: string;
  /** One sentence naming the role and where the choice comes from. */
  reason: string;
}

function titleOf(framework: Framework, roleId: string): string {
  return framework.roles.find((role) => role.id === roleId)?.title ?? roleId;
}

/**
 * The role a person is working towards: the first target role they chose that the framework
 * knows (other than the role they hold), else, when they prefer another track than their role's,
 * the framework's move from their role onto it (a Senior PM drawn to the IC track works towards
 * Principal PM), else the framework's promotion from their current role unless they said they
 * would rather avoid it; null when none exists. Every surface that
 * names a next role (profile, team page, growth report) asks this.
 *
 * @example nextRole(framework, { roleId: "pm" })
 * // { roleId: "senior-pm", reason: "Senior Product Manager is the usual promotion from Product Manager." }
 */
export function nextRole(
  framework: Framework,
  person: { roleId: string | null; preferences?: Preferences | null | undefined },
): NextRole | null {
  const known = new Set(framework.roles.map((role) => role.id));
  const avoid = new Set(person.preferences?.avoidRoles ?? []);
  const target = (person.preferences?.targetRoles ?? []).find(
    (id) => known.has(id) && id !== person.roleId,
  );
  if (target) {
    return {
      roleId: target,
      reason: `${titleOf(framework, target)} is the role chosen as the next goal.`,
    };
  }
  const switched = preferredTrackMove(framework, person.roleId, person.preferences, avoid);
  if (switched) return switched;
  const promotion = framework.transitions.find(
    (transition) =>
      transition.from === person.roleId &&
      transition.kind === "promotion" &&
      known.has(transition.to) &&
      !avoid.has(transition.to),
  );
  if (!promotion || person.roleId === null) return null;
  return {
    roleId: promotion.to,
    reason: `${titleOf(framework, promotion.to)} is the usual promotion from ${titleOf(framework, person.roleId)}.`,
  };
}

/** The framework's move from a role onto the person's most preferred track, when it is another. */
function preferredTrackMove(
  framework: Framework,
  roleId: string | null,
  preferences: Preferences | null | undefined,
  avoid: ReadonlySet<string>,
): NextRole | null {
  const preferred = preferences?.tracks[0];
  const roles = new Map(framework.roles.map((role) => [role.id, role]));
  const held = roleId === null ? undefined : roles.get(roleId);
  if (!preferred || !held || held.track === preferred || roleId === null) return null;
  const move = framework.transitions.find(
    (transition) =>
      transition.from === roleId &&
      roles.get(transition.to)?.track === preferred &&
      !avoid.has(transition.to) &&
      transition.kind !== "skip",
  );
  if (!move) return null;
  const track = framework.tracks.find((entry) => entry.id === preferred)?.name ?? preferred;
  return {
    roleId: move.to,
    reason: `${titleOf(framework, move.to)} is the usual move from ${held.title} onto the preferred ${track.toLowerCase()}.`,
  };
}
