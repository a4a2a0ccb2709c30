import type { DirectoryPerson } from "../api/types.ts";
import { AccountStatusLabel } from "./account-status-label.tsx";

/**
 * The account-level actions on a person of the People page. For now it shows where the account
 * stands; organisation role, deactivation and deleting the person's data belong here.
 *
 * @example
 * <AccountActions personId={person.personId} person={person} />
 */
export function AccountActions({ person }: { personId: string; person: DirectoryPerson }) {
  return (
    <section className="card" aria-labelledby="account-actions-heading">
      <h2 id="account-actions-heading">Account</h2>
      <p>
        <AccountStatusLabel entry={person} />
        {person.orgRole ? ` · organisation role: ${person.orgRole}` : null}
      </p>
    </section>
  );
}
