import { aggregateProfile } from "../../../engine/aggregate-profile.ts";
import type { Profile } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { ProfileSources } from "../../../storage/queries/profile-sources.ts";
import type { Actor } from "../../policy.ts";
import { can, type Resource } from "../../policy.ts";

/**
 * Aggregates a person's profile from each rater's latest submitted assessment and the evidence
 * the viewer may see (so private evidence never shapes what someone else is shown).
 */
export function profileForViewer(options: {
  framework: Framework;
  actor: Actor;
  personId: string;
  facts: Resource;
  sources: Pick<ProfileSources, "assessments" | "evidence">;
}): Profile {
  const { actor, facts, sources } = options;
  const visible = sources.evidence.filter(
    (entry) => can(actor, "evidence:read", { ...facts, visibility: entry.visibility }).allowed,
  );
  return aggregateProfile(options.framework, options.personId, sources.assessments, visible);
}
