import type { ConfidenceLevel, Evidence, Profile, RoleFit } from "../../engine/types.ts";
import { formatLevel, shortfallWords } from "../../engine/words.ts";
import type { Framework } from "../../framework/schema.ts";
import type { CaseExpectation, PromotionCase } from "./promotion-case-types.ts";

const confidenceRank: Record<ConfidenceLevel, number> = { low: 0, medium: 1, high: 2 };

function nameOf(framework: Framework, competencyId: string): string {
  return framework.competencies.find((item) => item.id === competencyId)?.name ?? competencyId;
}

function expectationSummary(
  verdict: CaseExpectation["verdict"],
  expected: number,
  level: number | null,
  mandatory: boolean,
): string {
  const required = mandatory ? " (required)" : "";
  if (level === null || verdict === "unknown") {
    return `Nobody has rated this yet; the role expects level ${expected}${required}.`;
  }
  if (verdict === "met") {
    return `Meets the expected level ${expected}${required} (rated ${formatLevel(level)}).`;
  }
  return `${shortfallWords(expected - level)} short of level ${expected}${required} (rated ${formatLevel(level)}).`.replace(
    /^./,
    (first) => first.toUpperCase(),
  );
}

function confidenceOf(fit: RoleFit, expectations: CaseExpectation[]): PromotionCase["confidence"] {
  const levels = expectations.flatMap((item) => (item.confidence ? [item.confidence] : []));
  const unknown = expectations.filter((item) => item.verdict === "unknown").length;
  if (levels.length === 0) {
    return {
      level: "low",
      summary: "Low confidence: nobody has rated what this role expects yet.",
    };
  }
  const lowest = levels.reduce((a, b) => (confidenceRank[a] <= confidenceRank[b] ? a : b));
  const level: ConfidenceLevel = fit.lowConfidence || unknown > 0 ? "low" : lowest;
  const unrated =
    unknown === 0
      ? ""
      : ` ${unknown === 1 ? "One expectation is" : `${unknown} expectations are`} not rated yet.`;
  const words: Record<ConfidenceLevel, string> = {
    high: "High confidence: several raters agree on every expectation.",
    medium: "Medium confidence: some expectations rest on few raters or raters partly disagree.",
    low: fit.lowConfidence
      ? "Low confidence: the fit rests on a self-assessment alone or on raters a level or more apart."
      : "Low confidence: some expectations rest on a single rater or on none.",
  };
  return { level, summary: `${words[level]}${unrated}` };
}

/**
 * Fills a promotion case from the engine's answers: each expectation of the target role with the
 * weighted level, the ratings by rater kind and the evidence linked to it, the gaps that remain
 * in words, and the confidence in words. Pure: the caller chose which evidence the viewer sees.
 *
 * @example
 * const filled = fillPromotionCase(framework, profile, roleFit(framework, profile, "senior-pm"), evidence);
 * filled.gaps; // ["Product strategy (required): one level short of level 4 (rated 3)."]
 */
export function fillPromotionCase(
  framework: Framework,
  profile: Profile,
  fit: RoleFit,
  evidence: readonly Evidence[],
): Pick<PromotionCase, "expectations" | "gaps" | "confidence" | "fit"> {
  const role = framework.roles.find((item) => item.id === fit.roleId);
  const mandatory = new Set(role?.mandatory ?? []);
  const short = new Set(fit.gaps.filter((gap) => gap.actual !== null).map((gap) => gap.competency));
  const expectations: CaseExpectation[] = Object.entries(role?.expectations ?? {}).map(
    ([competency, expected]) => {
      const score = profile.competencies[competency];
      const level = score?.level ?? null;
      // The engine's fit decides what is met, short or unknown: one home for that rule.
      const verdict: CaseExpectation["verdict"] = fit.unknown.includes(competency)
        ? "unknown"
        : short.has(competency)
          ? "short"
          : "met";
      return {
        competency: { id: competency, name: nameOf(framework, competency) },
        expected,
        mandatory: mandatory.has(competency),
        level,
        verdict,
        summary: expectationSummary(verdict, expected, level, mandatory.has(competency)),
        byRater: score?.byRater ?? {},
        confidence: level === null ? null : (score?.confidenceLevel ?? null),
        evidence: evidence
          .filter((entry) => entry.competencies.includes(competency))
          .map((entry) => ({
            id: entry.id,
            date: entry.date,
            title: entry.title,
            outcome: entry.outcome ?? null,
          })),
      };
    },
  );
  const gaps = fit.gaps.map((gap) => {
    const name = nameOf(framework, gap.competency);
    const required = gap.mandatory ? " (required)" : "";
    return gap.actual === null
      ? `${name}${required}: not rated yet, so it cannot be confirmed.`
      : `${name}${required}: ${shortfallWords(gap.shortfall)} short of level ${gap.expected} (rated ${formatLevel(gap.actual)}).`;
  });
  return {
    fit: { fit: fit.fit, readiness: fit.readiness, reason: fit.reason },
    expectations,
    gaps,
    confidence: confidenceOf(fit, expectations),
  };
}
