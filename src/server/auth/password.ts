import { hash, verify } from "@node-rs/argon2";

// The package declares its Algorithm enum as an ambient const enum, which isolated modules cannot
// read; 2 is its Argon2id member.
const argon2id = 2;

// OWASP's argon2id baseline (19 MiB, 2 passes, 1 lane): ~50 ms here, cheap enough for one process.
const options = { algorithm: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 };

/**
 * Hashes a password with argon2id; the result is a self-describing PHC string.
 *
 * @example
 * const stored = await hashPassword("correct horse battery");
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, options);
}

/** Checks a password against a stored hash; a malformed hash counts as a mismatch. */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
