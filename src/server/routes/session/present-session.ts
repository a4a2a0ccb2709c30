import type { UserRecord } from "../../auth/auth-store.ts";
import { csrfTokenFor } from "../../auth/tokens.ts";
import type { SessionBody } from "./schema.ts";

/** The session body for a user and the session's secret (never the password hash). */
export function presentSession(user: UserRecord, sessionToken: string): SessionBody {
  const { id, email, orgId, personId, role } = user;
  return { user: { id, email, orgId, personId, role }, csrfToken: csrfTokenFor(sessionToken) };
}
