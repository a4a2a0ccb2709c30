import type { Framework, Role, TrackId } from "../../framework/schema.ts";
import { labelOf } from "../framework-index.ts";
import type { RoleFit } from "../types.ts";
import { countWord, shortfallWords } from "../words.ts";
import type { PathEdge } from "./find-paths-input.ts";

/** What a path's reason needs to know beyond its moves. */
export interface PathContext {
  preferred: readonly TrackId[];
  /** Whether no path is closer. */
  closest: boolean;
  first: boolean;
  /** Whether it is the single promotion along the person's own track. */
  ownNext: boolean;
  /** The current role's title when the destination is a step back in scope from it. */
  stepBackFrom: string | null;
  /** Whether the destination is on another ladder at the same seniority as the current role. */
  sameSeniority: boolean;
  /** Whether the current role is a ladder's last rung, so every option is a choice of setting. */
  fromTopRung: boolean;
  /** Set when it ranks above the next step on the person's own track, with why. */
  aboveOwnNext: { title: string; byPreference: boolean } | null;
  fit: RoleFit | undefined;
  /** Share of the person's rated strength the destination uses, in [0, 1]. */
  uses: number;
}

const tolerance = 1e-9;

function trackName(framework: Framework, track: TrackId): string {
  return framework.tracks.find((t) => t.id === track)?.name ?? track;
}

// Where influence comes from on each kind of ladder, for a move that keeps the same seniority.
const influenceThrough: Record<TrackId, string> = {
  management: ", through leading a team",
  ic: ", through depth rather than reports",
  adjacent: "",
};

function whatMove(
  framework: Framework,
  edges: readonly PathEdge[],
  target: Role,
  context: PathContext,
) {
  if (context.ownNext) return `${target.title} is the next step on your track`;
  if (context.stepBackFrom !== null)
    return `${target.title} is a step back in scope from ${context.stepBackFrom}, a move people choose for a reason of their own`;
  const kind = edges.length === 1 ? edges[0]?.kind : undefined;
  const track = trackName(framework, target.track);
  const where =
    target.track === "adjacent" ? `into one of the ${labelOf(track)}` : `on the ${track}`;
  if (context.sameSeniority && (kind === "lateral" || kind === "track-switch"))
    return `${target.title} is a move to the same seniority of influence${influenceThrough[target.track]}`;
  switch (kind) {
    case "entry":
      return `${target.title} is a way in`;
    case "track-switch":
      return `${target.title} is a switch to the ${track}`;
    case "pivot":
      return `${target.title} is a pivot into one of the ${labelOf(track)}`;
    case "skip":
      return `${target.title} skips a level`;
    case "lateral":
      return `${target.title} is a move at a similar scope`;
    case "promotion":
      return `${target.title} is a promotion on the ${track}`;
    default:
      return `${target.title} is a longer route ${where}, ${countWord(edges.length)} moves away`;
  }
}

function countWords(count: number, noun: string): string {
  return `${countWord(count)} ${noun}${count === 1 ? "y" : "ies"}`;
}

/** How far a destination is, in words: "the closest next step", "a bigger move, two levels of gaps". */
function distanceWords(
  edges: readonly PathEdge[],
  fit: RoleFit | undefined,
  closest: boolean,
  stepBack: boolean,
) {
  let levels = 0;
  let largest = 0;
  let count = 0;
  for (const gap of fit?.gaps ?? []) {
    if (gap.actual === null || gap.shortfall <= tolerance) continue;
    levels += gap.shortfall;
    largest = Math.max(largest, gap.shortfall);
    count++;
  }
  const unknown = fit?.unknown.length ?? 0;
  let gaps: string;
  if (!anythingRated(fit)) gaps = "with nothing rated for it yet, so its gaps are not known";
  else if (count === 0)
    gaps = unknown > 0 ? "with everything rated already met" : "with every expectation already met";
  else if (count === 1 || levels <= 2 + tolerance)
    gaps = `with ${shortfallWords(levels)} of gaps to close`;
  else
    gaps = `with gaps on ${countWords(count, "competenc")}, the largest ${shortfallWords(largest)}`;
  if (closest) return `the closest ${stepBack ? "move" : "next step"}, ${gaps}`;
  if (edges.length === 1 && largest <= 1 + tolerance) return `a near move, ${gaps}`;
  return `a bigger move, ${gaps}`;
}

/** Whether any of the role's expectations has a rating behind it. */
function anythingRated(fit: RoleFit | undefined): boolean {
  if (fit === undefined) return false;
  return fit.strengths.length > 0 || fit.gaps.some((gap) => gap.actual !== null);
}

function whyRanked(framework: Framework, context: PathContext, target: Role): string {
  if (context.stepBackFrom !== null)
    return " It comes after the moves forward and at your current scope.";
  if (context.aboveOwnNext) {
    const { title, byPreference } = context.aboveOwnNext;
    return byPreference
      ? ` It ranks above ${title}, the next step on your track, because you prefer the ${trackName(framework, target.track)}.`
      : ` It ranks above ${title}, the next step on your track, because it fits your strengths clearly better.`;
  }
  if (context.first && context.ownNext)
    return " It comes first because it builds on the work you do today.";
  if (context.fromTopRung && context.preferred.length === 0)
    return " It is a choice of where to take your experience next, not a rung to climb.";
  if (context.preferred[0] === target.track)
    return ` It leads onto your preferred track, the ${trackName(framework, target.track)}.`;
  if (context.preferred.length > 0 && !context.preferred.includes(target.track))
    return ` It leads onto a track you did not list as preferred, the ${trackName(framework, target.track)}.`;
  return "";
}

/** A path's one-paragraph reason: what the move is, how far, how it fits and why it ranks here. */
export function describePath(
  framework: Framework,
  edges: readonly PathEdge[],
  target: Role,
  context: PathContext,
): string {
  const move = whatMove(framework, edges, target, context);
  const distance = distanceWords(
    edges,
    context.fit,
    context.closest,
    context.stepBackFrom !== null,
  );
  const fitShare = Math.round((context.fit?.fit ?? 0) * 100);
  const uses = Math.round(context.uses * 100);
  // With nothing rated, a fit and a share of strengths would be numbers about nothing.
  const how = anythingRated(context.fit)
    ? `Your fit for it is ${fitShare}%, and it draws on ${uses}% of your strengths.`
    : "Rate yourself against it to see how it fits.";
  return `${move}: ${distance}. ${how}${whyRanked(framework, context, target)}`;
}
