import { aggregateProfile } from "../../../engine/aggregate-profile.ts";
import type { Profile } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import { loadProfileSources } from "../../../storage/queries/profile-sources.ts";
import type { Actor } from "../../policy.ts";
import { can, type Resource } from "../../policy.ts";

// Enough for years of evidence; the profile counts how many entries back each competency.
const evidenceLimit = 500;

/**
 * Aggregates a person's profile from each rater's latest submitted assessment and the evidence
 * the viewer may see (so private evidence never shapes what someone else is shown).
 */
export async function loadProfile(options: {
  db: Database;
  framework: Framework;
  actor: Actor;
  orgId: string;
  personId: string;
  facts: Resource;
}): Promise<Profile> {
  const { db, orgId, personId } = options;
  const { assessments, evidence } = await loadProfileSources(db, {
    orgId,
    personId,
    evidenceLimit,
  });
  const visible = evidence.filter(
    (entry) =>
      can(options.actor, "evidence:read", { ...options.facts, visibility: entry.visibility })
        .allowed,
  );
  return aggregateProfile(options.framework, personId, assessments, visible);
}
