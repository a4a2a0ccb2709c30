import type { Framework } from "../../framework/schema.ts";
import { requireRole } from "../framework-index.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Gap, Profile, Readiness, RoleFit, Strength } from "../types.ts";
import { confidenceNote, disputedCompetencies } from "./confidence-note.ts";
import { fitReason } from "./fit-reason.ts";
import { mandatoryMakesStretch } from "./mandatory-cap.ts";

// Aggregated levels are weighted means: 2.9999999999 must still meet an expectation of 3.
const tolerance = 1e-9;

function byWeightedShortfall(a: Gap, b: Gap): number {
  const difference = b.shortfall * b.weight - a.shortfall * a.weight;
  if (difference !== 0) return difference;
  return a.competency < b.competency ? -1 : a.competency > b.competency ? 1 : 0;
}

/**
 * How well a profile fits one role: fit in [0, 1] from weighted shortfall, readiness, gaps,
 * strengths, competencies still unknown, and a one-sentence reason.
 *
 * Unrated competencies are listed as unknown gaps and left out of the fit (never counted as
 * zero); they keep the verdict from `ready`, except competencies newer than every assessment of
 * the person (`profile.notAssessedYet`): "Ready on everything assessed". A mandatory competency
 * up to one level short caps readiness at `close`; more than one level short, at `stretch`. A
 * verdict that rests on a
 * self-assessment alone, or on competencies raters are a level or more apart on, is marked
 * `lowConfidence` and says so in its reason.
 *
 * @example
 * const fit = roleFit(framework, profile, "senior-pm");
 * fit.readiness; // "close"
 * fit.reason; // "Close to Senior Product Manager: product strategy (required) is one level short; everything else is met."
 */
export function roleFit(
  framework: Framework,
  profile: Profile,
  roleId: string,
  options: Partial<EngineOptions> = {},
): RoleFit {
  const settings = resolveOptions(options);
  const entry = requireRole(framework, roleId);
  const gaps: Gap[] = [];
  const strengths: Strength[] = [];
  const unknown: string[] = [];
  let weightedExpected = 0;
  let weightedShortfall = 0;
  let mandatoryShortfall = 0;
  for (let i = 0; i < entry.competencies.length; i++) {
    const competency = entry.competencies[i] as string;
    const expected = entry.expected[i] as number;
    const mandatory = entry.mandatory[i] === true;
    const weight = mandatory ? settings.mandatoryWeight : 1;
    const actual = profile.competencies[competency]?.level ?? null;
    if (actual === null) {
      unknown.push(competency);
      gaps.push({ competency, expected, actual: null, shortfall: 0, mandatory, weight });
      continue;
    }
    weightedExpected += weight * Math.max(0, expected);
    const shortfall = expected - actual;
    if (shortfall > tolerance) {
      gaps.push({ competency, expected, actual, shortfall, mandatory, weight });
      weightedShortfall += weight * shortfall;
      if (mandatory && shortfall > mandatoryShortfall) mandatoryShortfall = shortfall;
    } else {
      strengths.push({ competency, expected, actual });
    }
  }
  gaps.sort(byWeightedShortfall);
  const nothingKnown = unknown.length > 0 && unknown.length === entry.competencies.length;
  let fit = 1;
  if (nothingKnown) fit = 0;
  else if (weightedExpected > 0)
    fit = Math.min(1, Math.max(0, 1 - weightedShortfall / weightedExpected));

  const { ready, close } = settings.readiness;
  // A competency newer than every assessment is an invitation to rate it, not a gap to confirm.
  const notYet = new Set(profile.notAssessedYet ?? []);
  const unconfirmed = unknown.filter((competency) => !notYet.has(competency));
  let readiness: Readiness = fit >= ready ? "ready" : fit >= close ? "close" : "stretch";
  if (readiness === "ready" && (unconfirmed.length > 0 || mandatoryShortfall > 0))
    readiness = "close";
  if (mandatoryMakesStretch(mandatoryShortfall) || nothingKnown) readiness = "stretch";

  let reason = fitReason(framework, entry.role.title, readiness, gaps, strengths, unknown, [
    ...notYet,
  ]);
  const rated = strengths.length + gaps.length - unknown.length > 0;
  const selfOnly = profile.selfOnly && rated;
  const disputed = rated ? disputedCompetencies(profile, entry.competencies) : [];
  if (!selfOnly && disputed.length === 0) {
    return { roleId, fit, readiness, gaps, strengths, unknown, reason };
  }
  // An uncertain verdict says so in its first words, never as an unqualified "Ready".
  if (reason.startsWith("Ready for"))
    reason = `Likely ready for${reason.slice("Ready for".length)}`;
  reason += confidenceNote(framework, profile, disputed, selfOnly);
  return { roleId, fit, readiness, gaps, strengths, unknown, reason, lowConfidence: true };
}
