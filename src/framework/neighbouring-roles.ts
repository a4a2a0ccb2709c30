import type { Framework, Role, TrackId } from "./schema.ts";

/** The roles of one track, most junior first (ties keep their declared order). */
export function rolesOnTrack(framework: Framework, track: TrackId): Role[] {
  return framework.roles.filter((role) => role.track === track).sort((a, b) => a.rank - b.rank);
}

/**
 * Pairs of neighbouring levels on a track: its promotions when it has any, otherwise each role
 * with the roles one rank above it.
 */
export function neighbouringRoles(framework: Framework, track: TrackId): [Role, Role][] {
  const roles = rolesOnTrack(framework, track);
  const byId = new Map(roles.map((role) => [role.id, role]));
  const promotions = framework.transitions.flatMap((t): [Role, Role][] => {
    const from = byId.get(t.from);
    const to = byId.get(t.to);
    return t.kind === "promotion" && from && to ? [[from, to]] : [];
  });
  if (promotions.length > 0) return promotions.sort((a, b) => a[0].rank - b[0].rank);
  const ranks = [...new Set(roles.map((role) => role.rank))];
  return ranks.slice(1).flatMap((rank, i) => {
    const below = roles.filter((role) => role.rank === ranks[i]);
    const above = roles.filter((role) => role.rank === rank);
    return below.flatMap((a) => above.map((b): [Role, Role] => [a, b]));
  });
}
