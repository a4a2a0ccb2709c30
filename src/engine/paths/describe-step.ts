import type { Framework, Role, Transition } from "../../framework/schema.ts";
import { competencyLabel } from "../framework-index.ts";
import type { RoleFit } from "../types.ts";
import { countWord, formatLevel, joinWords } from "../words.ts";

/** What is still to close at a role, in words: the largest weighted gaps first, then unknowns. */
export function describeRemainingGaps(framework: Framework, role: Role, fit: RoleFit): string {
  const known = fit.gaps
    .filter((gap) => gap.actual !== null && gap.shortfall > 0)
    .sort(
      (a, b) =>
        b.shortfall * b.weight - a.shortfall * a.weight || (a.competency < b.competency ? -1 : 1),
    )
    .slice(0, 3)
    .map(
      (gap) =>
        `${competencyLabel(framework, gap.competency)} (${formatLevel(gap.actual ?? 0)} now, ${formatLevel(gap.expected)} expected)`,
    );
  const parts: string[] = [];
  if (known.length > 0) parts.push(`still to grow for ${role.title}: ${joinWords(known)}`);
  if (fit.unknown.length > 0) {
    const names = fit.unknown.slice(0, 2).map((id) => competencyLabel(framework, id));
    if (fit.unknown.length > 2) names.push(`${countWord(fit.unknown.length - 2)} more`);
    parts.push(`not yet rated for ${role.title}: ${joinWords(names)}`);
  }
  return parts.length > 0 ? parts.join("; ") : `nothing left to close for ${role.title}`;
}

/** A transition's typical duration as context, never as a deadline. */
export function durationContext(transition: Transition | undefined): string {
  const duration = transition?.typicalDuration;
  if (!duration) return "";
  const span =
    duration.minYears === duration.maxYears
      ? `${duration.minYears}`
      : `${duration.minYears}–${duration.maxYears}`;
  const unit = duration.maxYears === 1 ? "year" : "years";
  return ` This move often takes ${span} ${unit}, but timing varies from person to person.`;
}

/** How a move reads in a sentence, e.g. "a track switch from Senior PM to Principal PM". */
export function describeMove(
  framework: Framework,
  kind: Transition["kind"] | "entry",
  from: Role | undefined,
  to: Role,
  fit: RoleFit,
  routeName?: string,
): string {
  const origin = from ? from.title : "outside product management";
  switch (kind) {
    case "entry":
      return `Enter at ${to.title} through the ${routeName ?? "entry"} route`;
    case "skip":
      return `Skip from ${origin} to ${to.title}, offered because your profile is already ${fit.readiness} to ${to.title} (fit ${Math.round(fit.fit * 100)}%)`;
    case "track-switch":
      return `Track switch from ${origin} to ${to.title} (${trackName(framework, to)})`;
    case "pivot":
      return `Pivot from ${origin} to ${to.title} (${trackName(framework, to)})`;
    case "lateral":
      return `Lateral move from ${origin} to ${to.title}`;
    case "promotion":
      return `Promotion from ${origin} to ${to.title}`;
  }
}

function trackName(framework: Framework, role: Role): string {
  return framework.tracks.find((track) => track.id === role.track)?.name ?? role.track;
}
