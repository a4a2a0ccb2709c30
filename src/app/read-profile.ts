import { nextRole } from "../engine/fit/next-role.ts";
import { aggregateProfile } from "../engine/profile/aggregate-profile.ts";
import { carryAssessments } from "../engine/profile/carry-assessments.ts";
import { describeCarriedHistory } from "../engine/profile/describe-carried-history.ts";
import type { FrameworkLineage } from "../engine/profile/framework-lineage.ts";
import type { Visibility } from "../engine/types.ts";
import type { Framework } from "../framework/schema.ts";
import type { Database } from "../storage/database.ts";
import { lineageVersionIds } from "../storage/queries/assessments-in-lineage.ts";
import type { StoredEvidence } from "../storage/queries/evidence.ts";
import type { StoredPerson } from "../storage/queries/people.ts";
import { loadProfileSources } from "../storage/queries/profile-sources.ts";
import { visibilities } from "../storage/tables/evidence.ts";
import type { FrameworkSource } from "./framework-source.ts";
import { personFactsOf } from "./person-facts.ts";
import { type Action, type Actor, can, type Resource } from "./policy.ts";
import { type ProfileRead, profileReadSchema } from "./profile-read-schema.ts";
import { notFoundRefusal, refuseUnless, signedInActor } from "./refusal.ts";

// Enough for years of evidence; the profile counts how many entries back each competency.
const evidenceLimit = 500;

/**
 * Keeps a value computed from an organisation's data while that data stays the same (the
 * server's revision cache); without one, every value is computed afresh.
 */
export type Remember = <T>(key: string, compute: () => Promise<T>) => Promise<T>;

/** What reading a profile needs. */
export interface ReadProfileDeps {
  db: Database;
  frameworks: Pick<FrameworkSource, "current">;
  remember?: Remember;
}

/** Which evidence may shape the profile, within what the actor may see anyway. */
export type EvidenceShown = "all-visible" | "shared-with-managers";

/** Options of {@link readProfile}. */
export interface ReadProfileOptions {
  /** Actions the actor must also be allowed on the person, checked first in this order. */
  alsoRequires?: readonly Action[];
  /** Default "all-visible": every entry the actor may see. */
  evidence?: EvidenceShown;
}

/** A person's profile as the actor may see it, with what it was read from. */
export interface ProfileReadResult {
  person: StoredPerson;
  /** The policy facts about the person, for further checks by the caller. */
  facts: Resource;
  framework: Framework;
  version: string;
  /** The versions whose assessments count for this framework (see carryAssessments). */
  lineage: FrameworkLineage;
  profile: ProfileRead;
  /** The evidence that shaped the profile, newest first. */
  evidence: StoredEvidence[];
}

const computeNow: Remember = (_key, compute) => compute();

/** The evidence visibilities an actor may read of a person: what shapes the profile they see. */
function visibleEvidence(actor: Actor, facts: Resource, shown: EvidenceShown): Visibility[] {
  return visibilities.filter(
    (visibility) =>
      (shown === "all-visible" || visibility !== "private") &&
      can(actor, "evidence:read", { ...facts, visibility }).allowed,
  );
}

/**
 * Reads a person's profile for an actor: the policy must allow reading the person's submitted
 * assessments (the person, their manager chain and admins) and any `alsoRequires` actions; the
 * profile is aggregated from each rater's latest submitted assessment and only the evidence the
 * actor may see (so private evidence never shapes what someone else is shown), with the role the
 * person is working towards. Viewers who may read the same evidence see the same profile.
 *
 * @example
 * const { profile } = await readProfile({ db, frameworks }, actor, personId);
 * profile.nextRole?.reason // "Senior Product Manager is the usual promotion from Product Manager."
 */
export async function readProfile(
  deps: ReadProfileDeps,
  actor: Actor,
  personId: string,
  options: ReadProfileOptions = {},
): Promise<ProfileReadResult> {
  const member = signedInActor(actor);
  const remember = deps.remember ?? computeNow;
  const inUse = await deps.frameworks.current(member.orgId);
  const { framework, version, versionId, lineage } = inUse;
  const frameworkVersionIds = lineageVersionIds(lineage);
  const sources = await remember(`profile-sources ${personId} ${versionId ?? version}`, () =>
    loadProfileSources(deps.db, {
      orgId: member.orgId,
      personId,
      evidenceLimit,
      ...(frameworkVersionIds ? { frameworkVersionIds } : {}),
    }),
  );
  if (!sources) throw notFoundRefusal("person", personId);
  const { person, facts } = await personFactsOf(deps.db, member, sources);
  for (const action of options.alsoRequires ?? []) refuseUnless(member, action, facts);
  refuseUnless(member, "assessment:read", {
    ...facts,
    status: "submitted",
    raterPersonId: null,
  });
  const visible = visibleEvidence(member, facts, options.evidence ?? "all-visible");
  const evidence = sources.evidence.filter((entry) => visible.includes(entry.visibility));
  const profile = await remember(
    `profile ${personId} ${versionId ?? version} ${visible.join(",")}`,
    async () => {
      const carried = carryAssessments(lineage, sources.assessments);
      return profileReadSchema.parse({
        ...aggregateProfile(framework, personId, carried.assessments, evidence),
        nextRole: nextRole(framework, person),
        history: describeCarriedHistory(framework, {
          ...carried,
          outsideLineage: carried.outsideLineage + sources.outsideLineage,
        }),
      });
    },
  );
  return { person, facts, framework, version, lineage, profile, evidence };
}
