import type { Competency, Framework } from "../../framework/schema.ts";
import { competencyLabel } from "../framework-index.ts";
import type { Assessment, CompetencyScore, RaterKind } from "../types.ts";
import { countWord, formatLevel, isAre, joinWords, listSome, shortfallWords } from "../words.ts";

function sources(byRater: CompetencyScore["byRater"], peers: number): string {
  const parts: string[] = [];
  if (byRater.manager !== undefined) parts.push(`manager ${formatLevel(byRater.manager)}`);
  if (byRater.self !== undefined) parts.push(`self ${formatLevel(byRater.self)}`);
  if (byRater.peer !== undefined) {
    parts.push(
      peers === 1
        ? `one peer ${formatLevel(byRater.peer)}`
        : `${countWord(peers)} peers averaging ${formatLevel(byRater.peer)}`,
    );
  }
  return joinWords(parts);
}

/** Why a competency has the level and confidence it has, in one sentence naming it. */
export function scoreReason(
  competency: Competency,
  score: CompetencyScore,
  peers: number,
  disagreementThreshold: number,
): string {
  if (score.level === null) {
    return `${competency.name} is not rated yet, so it stays unknown rather than counting as zero.`;
  }
  const notes: string[] = [];
  if (score.raters === 1 && score.byRater.self !== undefined) {
    notes.push("only a self-rating so far, so confidence is low");
  } else if (score.spread >= disagreementThreshold) {
    notes.push(`raters are ${shortfallWords(score.spread)} apart, so confidence is low`);
  }
  if (score.selfVsManager !== null && Math.abs(score.selfVsManager) >= 0.5) {
    const direction = score.selfVsManager > 0 ? "above" : "below";
    notes.push(
      `the self-rating is ${shortfallWords(Math.abs(score.selfVsManager))} ${direction} the manager's`,
    );
  }
  if (score.evidenceCount > 0) {
    notes.push(
      `${score.evidenceCount} evidence ${score.evidenceCount === 1 ? "entry supports" : "entries support"} it`,
    );
  }
  const head = `${competency.name} is at ${formatLevel(score.level)}, from ${sources(score.byRater, peers)}`;
  return notes.length === 0 ? `${head}.` : `${head}; ${notes.join("; ")}.`;
}

function assessmentCount(count: number, kind: RaterKind): string | null {
  if (count === 0) return null;
  const noun = kind === "self" ? "self-assessment" : `${kind} assessment`;
  return count === 1 ? `a ${noun}` : `${count} ${noun}s`;
}

/** The profile's overall reason: what it rests on, what is unsure and what is still unknown. */
export function profileReason(
  framework: Framework,
  latest: readonly Assessment[],
  scores: readonly CompetencyScore[],
): string {
  const counts: Record<RaterKind, number> = { manager: 0, self: 0, peer: 0 };
  for (const assessment of latest) counts[assessment.raterKind] += 1;
  const rated = scores.filter((score) => score.level !== null);
  if (rated.length === 0) {
    return "No submitted rating yet: every competency stays unknown until someone rates it.";
  }
  const label = (score: CompetencyScore) => competencyLabel(framework, score.competency);
  const unrated = scores.filter((score) => score.level === null).map(label);
  const low = rated.filter((score) => score.lowConfidence).map(label);
  const basis = joinWords(
    (["manager", "self", "peer"] as const)
      .map((kind) => assessmentCount(counts[kind], kind))
      .filter((part): part is string => part !== null),
  );
  const parts = [`Based on ${basis}, covering ${rated.length} of ${scores.length} competencies`];
  if (counts.manager === 0 && counts.peer === 0) {
    parts.push("only self-ratings so far, so ask a manager or a peer to rate too");
  } else if (low.length > 0) {
    parts.push(`confidence is low for ${listSome(low)}`);
  }
  if (unrated.length > 0) parts.push(`${listSome(unrated)} ${isAre(unrated)} not rated yet`);
  return `${parts.join("; ")}.`;
}
