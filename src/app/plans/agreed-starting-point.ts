import type { Database } from "../../storage/database.ts";
import { latestAlignmentOutcome } from "../../storage/queries/alignment-outcomes.ts";

/** The levels a growth plan starts from, agreed in a cycle, and the sentence saying so. */
export interface AgreedStartingPoint {
  agreed: Record<string, number>;
  sentence: string;
}

/**
 * The levels a person and their manager agreed in their latest alignment conversation, which a
 * growth plan draft starts from; null when they agreed no level. Callers have already checked
 * that the actor may read the person's plans or profile.
 *
 * @example
 * const start = await agreedStartingPoint(db, orgId, ava.id);
 * start?.sentence; // "Starts from the levels agreed in H1 2027 career check-in for 2 competencies."
 */
export async function agreedStartingPoint(
  db: Database,
  orgId: string,
  personId: string,
): Promise<AgreedStartingPoint | null> {
  const outcome = await latestAlignmentOutcome(db, orgId, personId);
  const count = outcome ? Object.keys(outcome.agreedLevels).length : 0;
  if (!outcome || count === 0) return null;
  const what = count === 1 ? "one competency" : `${count} competencies`;
  return {
    agreed: outcome.agreedLevels,
    sentence: `Starts from the levels agreed in ${outcome.cycleName} for ${what}.`,
  };
}
