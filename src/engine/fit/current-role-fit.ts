import type { Framework } from "../../framework/schema.ts";
import { competencyLabel, requireRole } from "../framework-index.ts";
import type { RoleFit } from "../types.ts";
import { formatLevel, joinWords, shortfallWords } from "../words.ts";

// Aggregated levels are weighted means: 0.9999999999 levels short is a full level short.
const tolerance = 1e-9;

/**
 * A fit re-read for the role the person already holds: never "a stretch" (they do the job), never
 * "ready" with a level or more below expectation, and when something falls short its reason says
 * what is below expectation, every item named.
 *
 * @example currentRoleFit(framework, roleFit(framework, profile, "senior-pm")).reason
 * // "In the current role, Senior Product Manager: execution is one level below expectation (2 now, 3 expected); everything else is met."
 */
export function currentRoleFit(framework: Framework, fit: RoleFit): RoleFit {
  const below = fit.gaps.filter((gap) => gap.actual !== null && gap.shortfall > 0);
  if (below.length === 0 && fit.readiness !== "stretch") return fit;
  const title = requireRole(framework, fit.roleId).role.title;
  if (below.length === 0) {
    return { ...fit, readiness: "close", reason: fit.reason };
  }
  const named = below.map(
    (gap) =>
      `${competencyLabel(framework, gap.competency)} is ${shortfallWords(gap.shortfall)} below expectation (${formatLevel(gap.actual ?? 0)} now, ${formatLevel(gap.expected)} expected)`,
  );
  const rest = fit.unknown.length > 0 ? "" : "; everything else is met";
  const confidence = fit.reason.match(/ (This rests on|Confidence is low).*$/)?.[0] ?? "";
  // The tag agrees with the words: a level or more below expectation is not "Ready", however
  // high the average; only small gaps leave the role ready.
  const large = below.some((gap) => gap.shortfall >= 1 - tolerance);
  const readiness = fit.readiness === "stretch" || large ? "close" : fit.readiness;
  const opening = readiness === "ready" ? "ready, apart from small gaps: " : "";
  return {
    ...fit,
    readiness,
    reason: `In the current role, ${title}: ${opening}${joinWords(named)}${rest}.${confidence}`,
  };
}
