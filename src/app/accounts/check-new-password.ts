import type { InputIssue } from "../../framework/input-issue.ts";
import commonPasswords from "./common-passwords.json" with { type: "json" };

/**
 * The shortest password accepted. Length is what makes a password hard to guess (NIST SP 800-63B
 * asks for at least 8 and recommends more; 12 keeps a passphrase of three words easy and an
 * offline guess against argon2id out of reach), so there are no rules about digits or symbols.
 */
export const minPasswordLength = 12;

/** The longest password accepted: long enough for any passphrase or manager, short enough to hash. */
export const maxPasswordLength = 256;

// The 10,000 most common passwords of the zxcvbn-ts list (MIT, see common-passwords.md), plus
// its rarer entries of 12 characters or more, lower-cased: the length rule alone lets those by.
const common = new Set<string>(commonPasswords);

/** Who the password is for: it must not simply repeat their email or their organisation's name. */
export interface PasswordOwner {
  email: string;
  organisationName: string;
}

/**
 * Checks a new password: 12 to 256 characters, not one of the most common passwords, not the
 * owner's email or organisation name. Answers the issues to fix (none when it is fine).
 *
 * @example
 * checkNewPassword("correct horse battery", { email, organisationName }, "password"); // []
 */
export function checkNewPassword(
  password: string,
  owner: PasswordOwner,
  path = "password",
): InputIssue[] {
  const length = [...password].length;
  if (length < minPasswordLength) {
    return [
      {
        path,
        message: `The password has ${length} characters; it needs at least ${minPasswordLength}.`,
        hint: "Length is what makes a password hard to guess: try three or four words you will remember, such as a short sentence. No digits or symbols are required.",
      },
    ];
  }
  if (length > maxPasswordLength) {
    return [
      {
        path,
        message: `The password has ${length} characters; at most ${maxPasswordLength} are accepted.`,
        hint: "Choose a shorter passphrase.",
      },
    ];
  }
  const folded = password.trim().toLowerCase();
  if (common.has(folded)) {
    return [
      {
        path,
        message:
          "This password is one of the most commonly used passwords, so it is guessed first.",
        hint: "Choose something personal to you that others would not pick, such as a short sentence.",
      },
    ];
  }
  const repeats = [owner.email, owner.organisationName]
    .map((text) => text.trim().toLowerCase())
    .some((text) => text.length > 0 && folded === text);
  if (repeats) {
    return [
      {
        path,
        message: "The password is your email or your organisation's name, which others know.",
        hint: "Choose something only you would know, such as a short sentence.",
      },
    ];
  }
  return [];
}
