import type { Database } from "../../storage/database.ts";
import type { SsoEnvironment } from "../sso/sso-settings.ts";

/**
 * The secrets account use cases need, handed in by the server (which owns hashing and tokens):
 * random link tokens and the digests kept of them, and argon2id password hashes.
 */
export interface AccountSecrets {
  /** A new random URL-safe token for a link; only its digest is stored. */
  newToken(): string;
  /** The digest stored for a token and looked up when the link comes back. */
  digestToken(token: string): string;
  hashPassword(password: string): Promise<string>;
  verifyPassword(stored: string, password: string): Promise<boolean>;
}

/** What an account use case needs: the database, the clock, the secrets and the public URL. */
export interface AccountDeps {
  db: Database;
  now: () => Date;
  secrets: AccountSecrets;
  /** The address people open the app at, e.g. `https://pathways.example.com`, for mail links. */
  publicUrl: string;
  /** Single sign-on given by environment: where it is required, passwords are not set. */
  sso?: { environment: SsoEnvironment };
}
