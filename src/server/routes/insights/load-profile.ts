import type { Profile } from "../../../engine/types.ts";
import type { Framework } from "../../../framework/schema.ts";
import { loadPersonProfile } from "../../../reports/load-person-profile.ts";
import type { Database } from "../../../storage/database.ts";
import type { Actor } from "../../policy.ts";
import { can, type Resource } from "../../policy.ts";

/**
 * Aggregates a person's profile from their submitted assessments and the evidence the viewer
 * may see (so private evidence never shapes what someone else is shown).
 */
export async function loadProfile(options: {
  db: Database;
  framework: Framework;
  actor: Actor;
  orgId: string;
  personId: string;
  facts: Resource;
}): Promise<Profile> {
  const { profile } = await loadPersonProfile({
    ...options,
    evidenceVisible: (entry) =>
      can(options.actor, "evidence:read", { ...options.facts, visibility: entry.visibility })
        .allowed,
  });
  return profile;
}
