import type { OrgRole } from "../../app/policy.ts";
import type { OrganisationSettings } from "../../storage/queries/organisation-time-zone.ts";

/** A user account as authentication needs it. */
export interface UserRecord {
  id: string;
  orgId: string;
  personId: string | null;
  role: OrgRole;
  email: string;
  passwordHash: string | null;
  /** When the account was deactivated, or null while it may sign in. */
  deactivatedAt: Date | null;
}

/** A live session's user, and the revision of their organisation's data when it was read. */
export interface SessionRecord {
  user: UserRecord;
  orgRevision: number;
  /** The user's organisation: its name and time zone. */
  organisation: OrganisationSettings;
  /** When the session last saw a request, as last recorded. */
  lastSeenAt: Date;
}

/** A live API token's user, as a bearer request resolves it. */
export interface ApiTokenRecord extends SessionRecord {
  tokenId: string;
  scope: "read" | "read-write";
  lastUsedAt: Date | null;
}

/** What the first start creates: the organisation, its owner's person record and account. */
export interface SetupInput {
  organisationName: string;
  ownerName: string;
  email: string;
  passwordHash: string;
}

/** The storage that sign-in, sessions and setup need; sessions are kept by token digest only. */
export interface AuthStore {
  hasUsers(): Promise<boolean>;
  /** An organisation's name and settings (its time zone), or null. */
  findOrganisation(orgId: string): Promise<OrganisationSettings | null>;
  findUserByEmail(email: string): Promise<UserRecord | null>;
  /**
   * The user of a live session (not past its end at `now`, last seen after `idleSince`) and
   * their organisation's revision, or null.
   */
  findUserBySession(tokenDigest: string, now: Date, idleSince: Date): Promise<SessionRecord | null>;
  /**
   * The user of a live API token (not revoked, not expired at `now`, account not deactivated) and
   * their organisation, or null.
   */
  findUserByApiToken(tokenDigest: string, now: Date): Promise<ApiTokenRecord | null>;
  /** Records that the token was used at `now`. */
  touchApiToken(tokenId: string, now: Date): Promise<void>;
  /** Records that the session saw a request at `now`. */
  touchSession(tokenDigest: string, now: Date): Promise<void>;
  createSession(input: {
    userId: string;
    tokenDigest: string;
    expiresAt: Date;
    lastSeenAt: Date;
  }): Promise<void>;
  deleteSession(tokenDigest: string): Promise<void>;
  /** Ends every session of the user; returns how many ended. */
  deleteUserSessions(userId: string): Promise<number>;
  /** Creates the organisation and its owner in one transaction; a ConflictError if any user exists. */
  setupOrganisation(input: SetupInput): Promise<UserRecord>;
}
