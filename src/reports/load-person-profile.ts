import { aggregateProfile } from "../engine/profile/aggregate-profile.ts";
import type { Profile } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { listAssessments } from "../storage/queries/assessments.ts";
import { listEvidence, type StoredEvidence } from "../storage/queries/evidence.ts";

// Enough for years of quarterly assessments by several raters; only the latest per rater count.
const historyLimit = 500;

/** What {@link loadPersonProfile} needs: whose profile, and which evidence the reader may see. */
export interface LoadPersonProfileOptions {
  db: Database;
  framework: Framework;
  orgId: string;
  personId: string;
  /** Whether the reader may see an evidence entry; unseen entries never shape the profile. */
  evidenceVisible: (entry: StoredEvidence) => boolean;
}

/** A person's aggregated profile and the evidence that shaped it, newest first. */
export interface PersonProfileRecord {
  profile: Profile;
  evidence: StoredEvidence[];
}

/**
 * Aggregates a person's profile from their submitted assessments and the evidence the reader
 * may see, so private evidence never shapes what someone else is shown.
 *
 * @example
 * const { profile } = await loadPersonProfile({ db, framework, orgId, personId, evidenceVisible: () => true });
 */
export async function loadPersonProfile(
  options: LoadPersonProfileOptions,
): Promise<PersonProfileRecord> {
  const { db, orgId, personId } = options;
  const [assessments, evidence] = await Promise.all([
    listAssessments(db, { orgId, personId, status: "submitted", limit: historyLimit }),
    listEvidence(db, { orgId, personId, limit: historyLimit }),
  ]);
  const visible = evidence.filter(options.evidenceVisible);
  return {
    profile: aggregateProfile(options.framework, personId, assessments, visible),
    evidence: visible,
  };
}
