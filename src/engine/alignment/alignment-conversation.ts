import type { Framework } from "../../framework/schema.ts";
import { submittedAfter } from "../profile/latest-submitted.ts";
import type { Assessment, Evidence } from "../types.ts";
import { capitalise, countWord } from "../words.ts";

/** One rater's view of a competency: their level and what they wrote. */
export interface AlignmentView {
  level: number;
  note: string | null;
}

/** An evidence entry the person shared with their managers, shown beside a competency. */
export interface AlignmentEvidence {
  id: string;
  title: string;
  date: string;
  outcome: string | null;
}

/** One competency of the conversation: both views side by side, and what was agreed. */
export interface AlignmentItem {
  competency: string;
  self: AlignmentView | null;
  manager: AlignmentView | null;
  /** A level or more apart: worth talking through first. */
  misaligned: boolean;
  evidence: AlignmentEvidence[];
  /** The level the person and their manager agreed on, when they agreed one. */
  agreedLevel: number | null;
  /** The two views in words that fit the reader, e.g. "You see level 3, Ben sees level 2." */
  words: string;
}

/** The conversation: every competency, the misaligned ones first, and a sentence on the whole. */
export interface AlignmentConversation {
  items: AlignmentItem[];
  misaligned: number;
  reason: string;
}

/** How the two raters are named to the reader: "you" for the reader, else a first name. */
export interface AlignmentNames {
  self: string;
  manager: string;
}

const sees = (who: string) => (who === "you" ? "you see" : `${who} sees`);
const hasNot = (who: string) => (who === "you" ? "you have not" : `${who} has not`);

function viewWords(names: AlignmentNames, self: number | null, manager: number | null): string {
  if (self !== null && manager !== null) {
    if (self === manager) {
      return `${capitalise(names.self)} and ${names.manager} both see level ${self}.`;
    }
    return `${capitalise(sees(names.self))} level ${self}, ${sees(names.manager)} level ${manager}.`;
  }
  if (self !== null) {
    return `${capitalise(sees(names.self))} level ${self}; ${hasNot(names.manager)} rated it yet.`;
  }
  if (manager !== null) {
    return `${capitalise(sees(names.manager))} level ${manager}; ${hasNot(names.self)} rated it yet.`;
  }
  return `Neither ${names.self} nor ${names.manager} has rated it yet.`;
}

function latestOf(assessments: readonly Assessment[], kind: "self" | "manager"): Assessment | null {
  let latest: Assessment | null = null;
  for (const assessment of assessments) {
    if (assessment.raterKind !== kind || assessment.submittedAt === null) continue;
    if (latest === null || submittedAfter(assessment, latest)) latest = assessment;
  }
  return latest;
}

function viewOf(assessment: Assessment | null, competency: string): AlignmentView | null {
  const rating = assessment?.ratings.find((entry) => entry.competency === competency);
  return rating ? { level: rating.level, note: rating.note ?? null } : null;
}

function conversationReason(names: AlignmentNames, items: readonly AlignmentItem[]): string {
  const apart = items.filter((item) => item.misaligned);
  const both = items.filter((item) => item.self !== null && item.manager !== null).length;
  const pair = `${capitalise(names.self)} and ${names.manager}`;
  if (both === 0) return `${pair} have no competency rated by both yet.`;
  if (apart.length === 0)
    return `${pair} see all ${countWord(both)} competencies rated by both within a level of each other.`;
  const count = apart.length === 1 ? "one competency" : `${countWord(apart.length)} competencies`;
  return `${pair} see ${count} a level or more apart; they come first.`;
}

/**
 * The alignment conversation of a person and their manager: per competency of the framework,
 * the latest submitted self and manager ratings side by side with their notes, the evidence the
 * person shared with their managers for it, and any agreed level; the competencies a level or
 * more apart come first (widest gap first), then the framework's order.
 *
 * @example
 * alignmentConversation(framework, assessments, evidence, { self: "you", manager: "Ben" }, {})
 *   .items[0]?.words; // "You see level 3, Ben sees level 2."
 */
export function alignmentConversation(
  framework: Framework,
  assessments: readonly Assessment[],
  evidence: readonly Evidence[],
  names: AlignmentNames,
  agreed: Readonly<Record<string, number>>,
): AlignmentConversation {
  const self = latestOf(assessments, "self");
  const manager = latestOf(assessments, "manager");
  const order = new Map(framework.competencies.map((competency, at) => [competency.id, at]));
  const items = framework.competencies.map((competency): AlignmentItem => {
    const mine = viewOf(self, competency.id);
    const theirs = viewOf(manager, competency.id);
    return {
      competency: competency.id,
      self: mine,
      manager: theirs,
      misaligned: mine !== null && theirs !== null && Math.abs(mine.level - theirs.level) >= 1,
      evidence: evidence
        .filter((entry) => entry.competencies.includes(competency.id))
        .map((entry) => ({
          id: entry.id,
          title: entry.title,
          date: entry.date,
          outcome: entry.outcome ?? null,
        })),
      agreedLevel: agreed[competency.id] ?? null,
      words: viewWords(names, mine?.level ?? null, theirs?.level ?? null),
    };
  });
  const gap = (item: AlignmentItem) =>
    item.self && item.manager ? Math.abs(item.self.level - item.manager.level) : 0;
  const sorted = [...items].sort(
    (a, b) =>
      Number(b.misaligned) - Number(a.misaligned) ||
      gap(b) - gap(a) ||
      (order.get(a.competency) ?? 0) - (order.get(b.competency) ?? 0),
  );
  return {
    items: sorted,
    misaligned: items.filter((item) => item.misaligned).length,
    reason: conversationReason(names, items),
  };
}
