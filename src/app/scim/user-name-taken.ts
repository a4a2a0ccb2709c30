import { ConflictError } from "../../storage/conflict-error.ts";

/**
 * The conflict when a directory sends a userName another user of Pathways already has, saying how
 * the identity provider can link to that user instead.
 *
 * @example throw userNameTaken("ada@acme.test");
 */
export function userNameTaken(email: string): ConflictError {
  return new ConflictError(
    `Another user in Pathways already has the userName ${email}. If it is the same person, find them with the filter userName eq "${email}" and update them; otherwise send a different userName.`,
  );
}
