import type { Context } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import type { Profile } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { StoredPerson } from "../../../storage/queries/people.ts";
import { loadProfileSources } from "../../../storage/queries/profile-sources.ts";
import type { AppEnv } from "../../app-env.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import { personFactsOf } from "../../person-facts.ts";
import { type RevisionCache, requestScope } from "../../revision-cache.ts";
import { profileForViewer, visibleEvidence } from "./profile-for-viewer.ts";

// Enough for years of evidence; the profile counts how many entries back each competency.
const evidenceLimit = 500;

/** A person's profile on their organisation's framework, for the engine-backed reads. */
export interface PersonProfile {
  person: StoredPerson;
  framework: Framework;
  version: string;
  profile: Profile;
}

/**
 * Loads a person's profile after checking the caller may read their submitted assessments
 * (the person, their manager chain and admins). The person, their manager chain and what the
 * profile is made of come in one query, kept until the organisation's revision moves; nothing
 * of it leaves the server unless the policy allows.
 */
export async function personProfile(
  c: Context<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource; cache: RevisionCache },
  id: string,
): Promise<PersonProfile> {
  const actor = signedIn(c);
  const scope = requestScope(actor, c);
  // Kept per person until the organisation's data changes; every viewer is checked below.
  const sources = await deps.cache.remember(scope, `profile-sources ${id}`, () =>
    loadProfileSources(deps.db, { orgId: actor.orgId, personId: id, evidenceLimit }),
  );
  if (!sources) throw notFound("person", id);
  const { person, facts } = await personFactsOf(deps.db, actor, sources);
  authorize(c, "assessment:read", { ...facts, status: "submitted", raterPersonId: null });
  const { framework, version, versionId } = await deps.frameworks.current(actor.orgId);
  // Viewers who may read the same evidence see the same profile.
  const visible = visibleEvidence(actor, facts);
  const profile = await deps.cache.remember(
    scope,
    `profile ${id} ${versionId ?? version} ${visible.join(",")}`,
    async () => profileForViewer({ framework, personId: id, visible, sources }),
  );
  return { person, framework, version, profile };
}
