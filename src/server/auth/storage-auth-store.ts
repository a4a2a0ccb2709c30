import type { Database } from "../../storage/database.ts";
import { findUserByApiToken, touchApiToken } from "../../storage/queries/api-tokens.ts";
import { getOrganisationSettings } from "../../storage/queries/organisation-time-zone.ts";
import {
  createSession,
  deleteSession,
  deleteUserSessions,
  findUserBySession,
  touchSession,
} from "../../storage/queries/sessions.ts";
import { setupOrganisation } from "../../storage/queries/setup-organisation.ts";
import { findUserByEmail, hasUsers, type StoredUser } from "../../storage/queries/users.ts";
import type { AuthStore, UserRecord } from "./auth-store.ts";

function toRecord(user: StoredUser): UserRecord {
  const { id, orgId, personId, role, email, passwordHash, deactivatedAt } = user;
  return { id, orgId, personId, role, email, passwordHash, deactivatedAt };
}

/**
 * The auth store over the app's database.
 *
 * @example
 * const auth = storageAuthStore(handle.db);
 */
export function storageAuthStore(db: Database): AuthStore {
  return {
    hasUsers: () => hasUsers(db),
    findOrganisation: (orgId) => getOrganisationSettings(db, orgId),
    findUserByEmail: async (email) => {
      const user = await findUserByEmail(db, email);
      return user ? toRecord(user) : null;
    },
    findUserBySession: async (digest, now, idleSince) => {
      const found = await findUserBySession(db, digest, now, idleSince);
      if (!found) return null;
      return {
        user: toRecord(found.user),
        orgRevision: found.orgRevision,
        organisation: found.organisation,
        lastSeenAt: found.lastSeenAt,
      };
    },
    touchSession: (digest, now) => touchSession(db, digest, now),
    findUserByApiToken: async (digest, now) => {
      const found = await findUserByApiToken(db, digest, now);
      if (!found) return null;
      return { ...found, user: toRecord(found.user), lastSeenAt: found.lastUsedAt ?? now };
    },
    touchApiToken: (tokenId, now) => touchApiToken(db, tokenId, now),
    createSession: (input) => createSession(db, input),
    deleteSession: (digest) => deleteSession(db, digest),
    deleteUserSessions: (userId) => deleteUserSessions(db, userId),
    setupOrganisation: async (input) => toRecord(await setupOrganisation(db, input)),
  };
}
