import type { ConfidenceLevel, Readiness } from "../../engine/types.ts";
import type { TrackId } from "../../framework/schema.ts";
import type {
  PromotionCaseStatus,
  PromotionDecision,
} from "../../storage/tables/promotion-cases.ts";
import type { CycleView } from "../cycles/cycle-view.ts";

/** A candidate's manager and how that manager rates, in words. */
export interface CalibrationManager {
  id: string;
  name: string;
  /** e.g. "Ben rates about half a level above what the same people's own and peers' ratings show, …" */
  leniency: string;
}

/** The promotion case behind a candidate, when one was opened. */
export interface CalibrationCase {
  id: string;
  status: PromotionCaseStatus;
  decision: PromotionDecision | null;
  /** The decision in words, e.g. "Promote now"; null while the case is open. */
  decisionWords: string | null;
  decisionNote: string | null;
}

/** One person up for a role, as the committee compares them. */
export interface CalibrationCandidate {
  person: { id: string; name: string };
  currentRole: { id: string | null; title: string };
  /** Their case; null when the engine finds them ready or close and nobody has opened one yet. */
  case: CalibrationCase | null;
  fit: { readiness: Readiness; reason: string };
  confidence: { level: ConfidenceLevel; summary: string };
  /** The gaps that remain, each in words, largest first. */
  gaps: string[];
  manager: CalibrationManager | null;
  can: { decide: boolean };
}

/** The candidates for one target role, side by side. */
export interface CalibrationRole {
  role: { id: string; title: string; track: TrackId };
  candidates: CalibrationCandidate[];
}

/** A cycle's calibration as the viewer may see it. */
export interface Calibration {
  cycle: CycleView;
  /** One group per target role, junior roles first. */
  roles: CalibrationRole[];
  /** Every candidate's manager once, with their leniency in words. */
  managers: CalibrationManager[];
  /** Whose candidates are shown, in words. */
  scope: string;
}
