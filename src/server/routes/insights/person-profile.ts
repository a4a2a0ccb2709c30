import type { Context } from "hono";
import type { Profile } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import type { Database } from "../../../storage/database.ts";
import type { StoredPerson } from "../../../storage/queries/people.ts";
import type { AppEnv } from "../../app-env.ts";
import { authorize, signedIn } from "../../authorize.ts";
import type { FrameworkSource } from "../../framework-source.ts";
import { loadPersonFacts } from "../../person-facts.ts";
import { loadProfile } from "./load-profile.ts";

/** A person's profile on their organisation's framework, for the engine-backed reads. */
export interface PersonProfile {
  person: StoredPerson;
  framework: Framework;
  version: string;
  profile: Profile;
}

/**
 * Loads a person's profile after checking the caller may read their submitted assessments
 * (the person, their manager chain and admins).
 */
export async function personProfile(
  c: Context<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource },
  id: string,
): Promise<PersonProfile> {
  const actor = signedIn(c);
  const { person, facts } = await loadPersonFacts(deps.db, actor, id);
  authorize(c, "assessment:read", { ...facts, status: "submitted", raterPersonId: null });
  const { framework, version } = await deps.frameworks.current(actor.orgId);
  const profile = await loadProfile({
    ...deps,
    framework,
    actor,
    orgId: actor.orgId,
    personId: id,
    facts,
  });
  return { person, framework, version, profile };
}
