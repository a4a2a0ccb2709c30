import type { Context } from "hono";
import type { FrameworkSource } from "../../../app/framework-source.ts";
import {
  type ProfileReadResult,
  type ReadProfileOptions,
  type Remember,
  readProfile,
} from "../../../app/read-profile.ts";
import type { Database } from "../../../storage/database.ts";
import type { AppEnv } from "../../app-env.ts";
import { type RevisionCache, requestScope } from "../../revision-cache.ts";

/** A person's profile on their organisation's framework, for the engine-backed reads. */
export type PersonProfile = ProfileReadResult;

/**
 * Reads a person's profile for the signed-in caller through the `readProfile` use case, keeping
 * what it computes until the organisation's revision moves; refusals become problems.
 *
 * @example
 * const { profile } = await personProfile(c, deps, id);
 */
export function personProfile(
  c: Context<AppEnv>,
  deps: { db: Database; frameworks: FrameworkSource; cache: RevisionCache },
  id: string,
  options: ReadProfileOptions = {},
): Promise<PersonProfile> {
  const actor = c.get("actor");
  const remember: Remember | undefined =
    actor.kind === "user"
      ? (key, compute) => deps.cache.remember(requestScope(actor, c), key, compute)
      : undefined;
  const { db, frameworks } = deps;
  return readProfile({ db, frameworks, ...(remember ? { remember } : {}) }, actor, id, options);
}
