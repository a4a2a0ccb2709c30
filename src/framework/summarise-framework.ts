import type { Framework, TrackId } from "./schema.ts";

/** The counts that describe a framework at a glance. */
export interface FrameworkSummary {
  id: string;
  name: string;
  version: string;
  competencies: number;
  /** Roles per declared track, in the order the tracks are declared. */
  rolesPerTrack: { track: TrackId; roles: number }[];
  transitions: number;
  entryRoutes: number;
}

/** Counts a framework's competencies, roles per track, transitions and entry routes. */
export function summariseFramework(framework: Framework): FrameworkSummary {
  return {
    id: framework.id,
    name: framework.name,
    version: framework.version,
    competencies: framework.competencies.length,
    rolesPerTrack: framework.tracks.map((track) => ({
      track: track.id,
      roles: framework.roles.filter((role) => role.track === track.id).length,
    })),
    transitions: framework.transitions.length,
    entryRoutes: framework.entryRoutes.length,
  };
}

function count(n: number, noun: string, plural = `${noun}s`): string {
  return `${n} ${n === 1 ? noun : plural}`;
}

/**
 * The one-line summary, e.g. `pm 1.0.0: 13 competencies; roles: 5 management, 2 ic; 40 transitions; 3 entry routes`.
 *
 * @example formatSummary(summariseFramework(framework))
 */
export function formatSummary(summary: FrameworkSummary): string {
  const roles = summary.rolesPerTrack.map((entry) => `${entry.roles} ${entry.track}`).join(", ");
  return [
    `${summary.id} ${summary.version}: ${count(summary.competencies, "competency", "competencies")}`,
    `roles: ${roles}`,
    count(summary.transitions, "transition"),
    count(summary.entryRoutes, "entry route"),
  ].join("; ");
}
