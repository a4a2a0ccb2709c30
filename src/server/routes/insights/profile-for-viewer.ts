import type { Actor, Resource } from "../../../app/policy.ts";
import { can } from "../../../app/policy.ts";
import { aggregateProfile } from "../../../engine/profile/aggregate-profile.ts";
import type { Profile, Visibility } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { ProfileSources } from "../../../storage/queries/profile-sources.ts";
import { visibilities } from "../../../storage/tables/evidence.ts";

/**
 * The evidence visibilities a viewer may read of a person: what shapes the profile they see.
 *
 * @example
 * const visible = visibleEvidence(actor, facts); // ["manager", "org"] for a manager
 */
export function visibleEvidence(actor: Actor, facts: Resource): Visibility[] {
  return visibilities.filter(
    (visibility) => can(actor, "evidence:read", { ...facts, visibility }).allowed,
  );
}

/**
 * Aggregates a person's profile from each rater's latest submitted assessment and the evidence
 * of the given visibilities (so private evidence never shapes what someone else is shown).
 */
export function profileForViewer(options: {
  framework: Framework;
  personId: string;
  visible: readonly Visibility[];
  sources: Pick<ProfileSources, "assessments" | "evidence">;
}): Profile {
  const { sources, visible } = options;
  const evidence = sources.evidence.filter((entry) => visible.includes(entry.visibility));
  return aggregateProfile(options.framework, options.personId, sources.assessments, evidence);
}
