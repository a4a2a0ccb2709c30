import { AccountActions } from "../people/account-actions.tsx";
import { PersonProfile } from "../profile/person-profile.tsx";
import type { PageProps } from "../router/routes.ts";

/** A report's (or any visible person's) profile: `/people/:id/profile`; admins see the account. */
export default function PersonProfilePage({ params }: PageProps) {
  const personId = params.id ?? "";
  return (
    <>
      <PersonProfile personId={personId} />
      <AccountActions personId={personId} />
    </>
  );
}
