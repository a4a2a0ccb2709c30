import type { GrowthReport } from "../app/growth-report.ts";
import { moveKindWords } from "../framework/transition-kind-words.ts";
import { roleTitle } from "./report-names.ts";

/** One path as a report shows it: its heading, reason, the track it leads onto and its steps. */
export interface PathLines {
  title: string;
  reason: string;
  /** The destination track's description, given the first time a path leads onto that track. */
  track: string | null;
  steps: { line: string; note: string | null }[];
}

/**
 * A growth report's paths in words shared by the Markdown and PDF renderers: each step's kind of
 * move as people read it ("Track switch"), the framework's note for the move, and the target
 * track's description once per track.
 *
 * @example pathLines(report)[0]?.steps[0]?.line // "Senior Product Manager (Promotion): Promotion from …"
 */
export function pathLines(report: GrowthReport): PathLines[] {
  const { framework } = report;
  const described = new Set<string>();
  return report.paths.map((path) => {
    const role = framework.roles.find((candidate) => candidate.id === path.target);
    const track = framework.tracks.find((candidate) => candidate.id === role?.track);
    let trackLine: string | null = null;
    if (track && !described.has(track.id)) {
      described.add(track.id);
      trackLine = `About the ${track.name}: ${track.description}`;
    }
    return {
      title: roleTitle(framework, path.target),
      reason: path.reason,
      track: trackLine,
      steps: path.steps.map((step) => ({
        line: `${roleTitle(framework, step.to)} (${moveKindWords[step.kind].label}): ${step.reason}`,
        note: step.note ?? null,
      })),
    };
  });
}
