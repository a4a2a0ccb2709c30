import { createHash, timingSafeEqual } from "node:crypto";

// Use cases mint and digest secrets too (API tokens), so the two live in src/app.
export { digestToken, newToken } from "../../app/secret-token.ts";

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
