import type { ConfidenceLevel, RaterKind, Readiness } from "../../engine/types.ts";
import type {
  PromotionCaseStatus,
  PromotionDecision,
} from "../../storage/tables/promotion-cases.ts";

/** A promotion case as a list shows it: whose, toward what, where it stands. */
export interface PromotionCaseSummary {
  id: string;
  person: { id: string; name: string };
  targetRole: { id: string; title: string };
  frameworkVersion: string;
  status: PromotionCaseStatus;
  sharedWithPerson: boolean;
  decision: PromotionDecision | null;
  /** The decision in words, e.g. "Promote now"; null while the case is open. */
  decisionWords: string | null;
  cycleId: string | null;
  openedAt: string;
  updatedAt: string;
}

/** An evidence entry behind an expectation, as the viewer may see it. */
export interface CaseEvidence {
  id: string;
  date: string;
  title: string;
  outcome: string | null;
}

/** One expectation of the target role, filled from the person's profile. */
export interface CaseExpectation {
  competency: { id: string; name: string };
  expected: number;
  mandatory: boolean;
  /** The weighted level; null when nobody rated it (unknown, never zero). */
  level: number | null;
  /** "met", "short" by some amount, or "unknown". */
  verdict: "met" | "short" | "unknown";
  /** The verdict in words, e.g. "Meets the expected level 4 (rated 4.2)." */
  summary: string;
  /** Each rater kind's level behind the weighted one. */
  byRater: Partial<Record<RaterKind, number>>;
  confidence: ConfidenceLevel | null;
  evidence: CaseEvidence[];
}

/** What the committee decided, and who and when. */
export interface CaseDecision {
  decision: PromotionDecision;
  words: string;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string;
}

/** A promotion case as read: stored facts plus the engine's fit computed now. */
export interface PromotionCase extends PromotionCaseSummary {
  currentRole: { id: string | null; title: string };
  openedBy: string | null;
  narrative: string;
  /** The highest level of the framework's scale, to draw levels against. */
  scaleMax: number;
  fit: {
    /** In [0, 1]. */
    fit: number;
    readiness: Readiness;
    reason: string;
  };
  expectations: CaseExpectation[];
  /** The gaps that remain, each in words, largest first. */
  gaps: string[];
  confidence: { level: ConfidenceLevel; summary: string };
  /** Which evidence the viewer was shown, in words. */
  evidenceNote: string;
  decided: CaseDecision | null;
  /** What the viewer may do with the case. */
  can: { edit: boolean; decide: boolean };
}
