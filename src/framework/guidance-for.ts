import type { Framework, Guidance, TrackId } from "./schema.ts";

/** Where a person meets the framework's principles. */
export type GuidancePlace = "map" | "role" | "paths" | "profile" | "report";

/**
 * The principles each place shows first, by the default framework's ids: the timeline and what
 * success means where people weigh moves, impact and iteration where they read their own picture.
 */
const preferred: Record<Exclude<GuidancePlace, "map">, readonly string[]> = {
  role: ["impact-not-titles", "no-fixed-timeline"],
  paths: ["no-fixed-timeline", "know-what-success-means", "non-linear"],
  profile: ["build-it-like-a-product", "impact-not-titles", "keep-learning"],
  report: ["no-fixed-timeline", "impact-not-titles", "build-it-like-a-product"],
};

/** What a role's track adds on its page: the IC track is a full path, adjacent roles a valid one. */
const forTrack: Record<TrackId, readonly string[]> = {
  management: ["keep-learning"],
  ic: ["ic-is-not-less-ambitious"],
  adjacent: ["non-linear"],
};

/**
 * The framework's guidance notes a place shows, in the order to show them: every note on the
 * career map; elsewhere the few that matter there (with, on a role's page, the one its track
 * calls for). A framework whose notes have other ids shows its first two, so its principles still
 * reach people.
 *
 * @example guidanceFor(framework, "paths").map((note) => note.title)
 * // ["There is no fixed timeline", "Know what success means to you", "Careers are not a straight line"]
 */
export function guidanceFor(
  framework: Pick<Framework, "guidance">,
  place: GuidancePlace,
  track?: TrackId,
): Guidance[] {
  if (place === "map") return framework.guidance;
  const ids = [...preferred[place], ...(track ? forTrack[track] : [])];
  const chosen = ids.flatMap((id) => framework.guidance.filter((note) => note.id === id));
  return chosen.length > 0 ? chosen : framework.guidance.slice(0, 2);
}
