import type { Database } from "../../storage/database.ts";
import { updatePromotionCase } from "../../storage/queries/promotion-cases.ts";
import type { Actor } from "../policy.ts";
import { Refusal } from "../refusal.ts";
import { loadPromotionCase } from "./load-promotion-case.ts";

/** The longest narrative kept: several pages, far more than a committee reads. */
export const maxNarrativeLength = 20_000;

/**
 * Saves a case's narrative (managers in the person's chain, while the case is open). Saved as
 * typed, often (autosave), so it is not audited; opening, sharing and deciding are.
 *
 * @example
 * await editCaseNarrative(db, manager, caseId, "Ava led the pricing relaunch ...");
 */
export async function editCaseNarrative(
  db: Database,
  actor: Extract<Actor, { kind: "user" }>,
  caseId: string,
  narrative: string,
): Promise<{ narrative: string; updatedAt: string }> {
  const { stored } = await loadPromotionCase(db, actor, caseId, "case:write");
  if (stored.status !== "open") {
    throw new Refusal(
      "validation",
      "This case has its decision; its narrative stays as the committee read it.",
    );
  }
  if (narrative.length > maxNarrativeLength) {
    throw new Refusal("validation", "The narrative is too long to keep.", [
      {
        path: "narrative",
        message: `The narrative has ${narrative.length} characters; at most ${maxNarrativeLength} are kept.`,
        hint: "Keep to what the committee needs: the impact, the evidence and what remains.",
      },
    ]);
  }
  await updatePromotionCase(db, actor.orgId, caseId, { narrative });
  return { narrative, updatedAt: new Date().toISOString() };
}
