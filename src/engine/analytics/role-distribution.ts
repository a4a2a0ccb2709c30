import type { Framework, TrackId } from "../../framework/schema.ts";
import type { Distribution } from "./org-analytics-types.ts";

/** Counts people per role and per track from each person's role position (-1 for none). */
export function roleDistribution(framework: Framework, roleOf: Int32Array): Distribution {
  const counts = new Int32Array(framework.roles.length);
  let withoutRole = 0;
  for (let p = 0; p < roleOf.length; p++) {
    const role = roleOf[p] as number;
    if (role < 0) withoutRole += 1;
    else counts[role] = (counts[role] as number) + 1;
  }
  const roles = framework.roles.map((role, position) => ({
    roleId: role.id,
    title: role.title,
    track: role.track,
    people: counts[position] as number,
  }));
  const byTrack = new Map<TrackId, number>(framework.tracks.map((track) => [track.id, 0]));
  for (const role of roles) byTrack.set(role.track, (byTrack.get(role.track) ?? 0) + role.people);
  const tracks = [...byTrack].map(([track, people]) => ({ track, people }));
  const largest = [...roles].sort((a, b) => b.people - a.people)[0];
  const trackNames = new Map(framework.tracks.map((track) => [track.id, track.name]));
  const trackWords = tracks.map((t) => `${t.people} in ${trackNames.get(t.track) ?? t.track}`);
  const reason =
    largest && largest.people > 0
      ? `${trackWords.join(", ")}; the most common role is ${largest.title} (${largest.people} people)${withoutRole > 0 ? `; ${withoutRole} without a known role` : ""}.`
      : "Nobody in this group holds a role from the framework yet.";
  return { roles, tracks, withoutRole, reason };
}
