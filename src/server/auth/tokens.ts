import { createHash, randomBytes, timingSafeEqual } from "node:crypto";

/** A new random secret, URL-safe: session tokens, setup tokens. */
export function newToken(): string {
  return randomBytes(32).toString("base64url");
}

/** The digest kept in the database, so a copy of the database cannot be replayed as sessions. */
export function digestToken(token: string): string {
  return createHash("sha256").update(token).digest("base64url");
}

/** Compares two secrets in constant time. */
export function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/** The CSRF token bound to one session: derived from its secret, so nothing more is stored. */
export function csrfTokenFor(sessionToken: string): string {
  return createHash("sha256").update(`csrf:${sessionToken}`).digest("base64url");
}
