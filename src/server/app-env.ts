import type { Actor } from "../app/policy.ts";
import type { OrganisationSettings } from "../storage/queries/organisation-time-zone.ts";
import type { UserRecord } from "./auth/auth-store.ts";

/** What middleware puts on the request context for the handlers. */
export interface AppVariables {
  /** Who is asking; anonymous until the session middleware finds a valid session. */
  actor: Actor;
  /** The signed-in user the session cookie names, or null: read once per request. */
  user: UserRecord | null;
  /**
   * The revision of the signed-in user's organisation, read with the session; answers cached
   * at this revision are current for the request. Null when nobody is signed in.
   */
  orgRevision: number | null;
  /** The signed-in user's organisation (name, time zone), read with the session; else null. */
  organisation: OrganisationSettings | null;
  /** Set by the request-id middleware; echoed in logs and 500 problems. */
  requestId: string;
}

/** The Hono environment of the whole app. */
export interface AppEnv {
  Variables: AppVariables;
}
