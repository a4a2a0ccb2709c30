import type { Context } from "hono";
import type { Profile } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { StoredPerson } from "../../../storage/queries/people.ts";
import { loadProfileSources } from "../../../storage/queries/profile-sources.ts";
import type { AppEnv } from "../../app-env.ts";
import { authorize, notFound, signedIn } from "../../authorize.ts";
import type { FrameworkSource } from "../../framework-source.ts";
import { personFactsOf } from "../../person-facts.ts";
import { profileForViewer } from "./profile-for-viewer.ts";

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
 * profile is made of come in one query; nothing of it leaves the server unless the policy allows.
 */
export async function personProfile(
  c: Context<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource },
  id: string,
): Promise<PersonProfile> {
  const actor = signedIn(c);
  const sources = await loadProfileSources(deps.db, {
    orgId: actor.orgId,
    personId: id,
    evidenceLimit,
  });
  if (!sources) throw notFound("person", id);
  const { person, facts } = await personFactsOf(deps.db, actor, sources);
  authorize(c, "assessment:read", { ...facts, status: "submitted", raterPersonId: null });
  const { framework, version } = await deps.frameworks.current(actor.orgId);
  const profile = profileForViewer({ framework, actor, personId: id, facts, sources });
  return { person, framework, version, profile };
}
