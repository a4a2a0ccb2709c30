import type { Framework } from "../../framework/schema.ts";
import { frameworkIndex } from "../framework-index.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type {
  Assessment,
  CompetencyScore,
  ConfidenceLevel,
  Evidence,
  Profile,
  RaterKind,
  Rating,
} from "../types.ts";
import { latestSubmitted } from "./latest-submitted.ts";
import { profileReason, scoreReason } from "./profile-reason.ts";

const kinds: readonly RaterKind[] = ["manager", "self", "peer"];
const kindIndex: Record<RaterKind, number> = { manager: 0, self: 1, peer: 2 };

function linksKnown(ids: readonly string[], known: ReadonlySet<string>): boolean {
  for (let i = 0; i < ids.length; i++) if (known.has(ids[i] as string)) return true;
  return false;
}

/** Confidence in [0, 1]: more raters raise it, disagreement and self-only ratings lower it. */
function confidenceOf(
  raters: number,
  spread: number,
  selfOnly: boolean,
  threshold: number,
): number {
  if (raters === 0) return 0;
  const fromRaters = 1 - 0.6 * 0.5 ** (raters - 1);
  const fromSpread = Math.max(0, 1 - spread / (2 * threshold));
  return Math.round(fromRaters * fromSpread * (selfOnly ? 0.75 : 1) * 1000) / 1000;
}

/**
 * Aggregates the latest assessment of each rater into a profile; shared by the profile and the trend.
 */
export function profileFromLatest(
  framework: Framework,
  personId: string,
  latest: readonly Assessment[],
  evidence: readonly Evidence[],
  settings: Readonly<EngineOptions>,
): Profile {
  const index = frameworkIndex(framework);
  const size = framework.competencies.length;
  const levels = new Float64Array(latest.length * size).fill(Number.NaN);
  const backed = new Uint8Array(latest.length * size);
  const evidenceCounts = new Uint16Array(size);
  const known = new Set<string>();
  for (const entry of evidence) {
    if (entry.personId !== personId) continue;
    known.add(entry.id);
    for (const competency of entry.competencies) {
      const position = index.competencyPosition.get(competency);
      if (position !== undefined) evidenceCounts[position] = (evidenceCounts[position] ?? 0) + 1;
    }
  }
  for (let row = 0; row < latest.length; row++) {
    const ratings = (latest[row] as Assessment).ratings;
    for (let r = 0; r < ratings.length; r++) {
      const rating = ratings[r] as Rating;
      const position = index.competencyPosition.get(rating.competency);
      if (position === undefined || !Number.isFinite(rating.level)) continue;
      const cell = row * size + position;
      const previous = levels[cell] ?? Number.NaN;
      // A competency rated twice in one assessment counts once, at the higher rating.
      if (Number.isNaN(previous) || rating.level > previous) levels[cell] = rating.level;
      if (known.size > 0 && rating.evidence !== undefined && linksKnown(rating.evidence, known)) {
        backed[cell] = 1;
      }
    }
  }
  const competencies: Record<string, CompetencyScore> = {};
  const scores: CompetencyScore[] = [];
  const counts = [0, 0, 0];
  const sums = [0, 0, 0];
  let anyRating = false;
  let onlySelf = true;
  for (let position = 0; position < size; position++) {
    const competency = framework.competencies[position];
    if (competency === undefined) continue;
    counts.fill(0);
    sums.fill(0);
    for (let row = 0; row < latest.length; row++) {
      const level = levels[row * size + position] ?? Number.NaN;
      if (Number.isNaN(level)) continue;
      const kind = kindIndex[(latest[row] as Assessment).raterKind];
      counts[kind] = (counts[kind] ?? 0) + 1;
      sums[kind] = (sums[kind] ?? 0) + level;
    }
    let raters = 0;
    let weightSum = 0;
    let weighted = 0;
    let plain = 0;
    let low = Number.POSITIVE_INFINITY;
    let high = Number.NEGATIVE_INFINITY;
    for (let row = 0; row < latest.length; row++) {
      const cell = row * size + position;
      const level = levels[cell] ?? Number.NaN;
      if (Number.isNaN(level)) continue;
      const kind = (latest[row] as Assessment).raterKind;
      const share = settings.raterWeights[kind] / (counts[kindIndex[kind]] ?? 1);
      const weight = backed[cell] === 1 ? share * settings.evidenceBoost : share;
      raters += 1;
      weightSum += weight;
      weighted += weight * level;
      plain += level;
      if (level < low) low = level;
      if (level > high) high = level;
    }
    const byRater: CompetencyScore["byRater"] = {};
    for (const kind of kinds) {
      const count = counts[kindIndex[kind]] ?? 0;
      if (count > 0) byRater[kind] = (sums[kindIndex[kind]] ?? 0) / count;
    }
    const mean = weightSum > 0 ? weighted / weightSum : plain / raters;
    // Rounding keeps three equal ratings at exactly 3, not 2.9999999999999996.
    const level = raters === 0 ? null : Math.round(mean * 1e6) / 1e6;
    const spread = raters === 0 ? 0 : high - low;
    const selfOnly = raters > 0 && counts[1] === raters;
    const threshold = settings.disagreementThreshold;
    const lowConfidence = raters === 0 || selfOnly || spread >= threshold;
    const confidence = confidenceOf(raters, spread, selfOnly, threshold);
    const confidenceLevel: ConfidenceLevel = lowConfidence
      ? "low"
      : confidence >= 0.7
        ? "high"
        : "medium";
    const selfVsManager =
      byRater.self !== undefined && byRater.manager !== undefined
        ? byRater.self - byRater.manager
        : null;
    const score: CompetencyScore = {
      competency: competency.id,
      level,
      byRater,
      raters,
      spread,
      confidence,
      confidenceLevel,
      lowConfidence,
      selfVsManager,
      evidenceCount: evidenceCounts[position] ?? 0,
      reason: "",
    };
    score.reason = scoreReason(competency, score, counts[2] ?? 0, threshold);
    competencies[competency.id] = score;
    scores.push(score);
    if (raters > 0) anyRating = true;
    if (raters > 0 && !selfOnly) onlySelf = false;
  }
  const notAssessedYet = scores
    .filter(
      (score) =>
        score.raters === 0 &&
        latest.length > 0 &&
        latest.every((assessment) => assessment.notOffered?.includes(score.competency)),
    )
    .map((score) => score.competency);
  return {
    personId,
    frameworkVersion: framework.version,
    competencies,
    selfOnly: anyRating && onlySelf,
    ...(notAssessedYet.length > 0 ? { notAssessedYet } : {}),
    reason: profileReason(framework, latest, scores),
  };
}

/**
 * A person's profile: per competency the weighted mean of each rater's latest submitted rating
 * (manager 0.5, self 0.3, peers sharing 0.2 by default, renormalised over who rated; ratings
 * that link evidence weigh more), with confidence, disagreement and a reason. Drafts, other
 * people's assessments and ratings of competencies the framework does not know are ignored;
 * an unrated competency has level null (unknown, never zero).
 *
 * @example
 * const profile = aggregateProfile(framework, "person-1", assessments, evidence);
 * profile.competencies["product-strategy"].level; // 3.4
 */
export function aggregateProfile(
  framework: Framework,
  personId: string,
  assessments: readonly Assessment[],
  evidence: readonly Evidence[] = [],
  options: Partial<EngineOptions> = {},
): Profile {
  const settings = resolveOptions(options);
  return profileFromLatest(
    framework,
    personId,
    latestSubmitted(personId, assessments),
    evidence,
    settings,
  );
}
