import { createHash, randomBytes } from "node:crypto";

/** A new random secret, URL-safe: session tokens, setup tokens, API tokens, invitation links. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The digest kept in the database, so a copy of the database cannot be replayed as sessions. */
export function digestToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}
