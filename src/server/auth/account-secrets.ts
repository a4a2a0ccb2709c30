import type { AccountSecrets } from "../../app/accounts/account-secrets.ts";
import { hashPassword, verifyPassword } from "./password.ts";
import { digestToken, newToken } from "./tokens.ts";

/** The server's tokens and argon2id hashing, as account use cases take them. */
export const accountSecrets: AccountSecrets = {
  newToken,
  digestToken,
  hashPassword,
  verifyPassword,
};
