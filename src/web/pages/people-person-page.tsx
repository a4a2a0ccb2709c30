import type { DirectoryPerson, Framework } from "../api/types.ts";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";
import { useDirectoryPerson } from "../hooks/use-people-directory.ts";
import { AccountActions } from "../people/account-actions.tsx";
import { EditPersonForm } from "../people/edit-person-form.tsx";
import { InvitationActions } from "../people/invitation-actions.tsx";
import { Link } from "../router/link.tsx";
import type { PageProps } from "../router/routes.ts";

function RoleHistory({ framework, person }: { framework: Framework; person: DirectoryPerson }) {
  const title = new Map(framework.roles.map((role) => [role.id, role.title]));
  return (
    <section className="card" aria-labelledby="role-history-heading">
      <h2 id="role-history-heading">Role history</h2>
      {person.roleHistory.length === 0 ? (
        <p>No role recorded yet.</p>
      ) : (
        <ol>
          {person.roleHistory.map((stint) => (
            <li key={`${stint.roleId}-${stint.from}-${stint.to ?? "now"}`}>
              {title.get(stint.roleId) ?? stint.roleId}: since {stint.from}
              {stint.to ? `, until ${stint.to}` : ", now"}
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** A person opened from the People page (admins): edit, role history, invitation, account. */
export default function PeoplePersonPage({ params }: PageProps) {
  const personId = params.id ?? "";
  const person = useDirectoryPerson(personId);
  const framework = useFramework();
  return (
    <>
      <p>
        <Link to="/people">← People</Link>
      </p>
      <QueryView query={person}>
        {(found) => (
          <>
            <h1>{found.name}</h1>
            <p className="meta">
              <Link to={`/people/${found.personId}/profile`}>See their profile</Link>
            </p>
            <QueryView query={framework}>
              {({ framework }) => (
                <>
                  <EditPersonForm key={found.personId} framework={framework} person={found} />
                  <RoleHistory framework={framework} person={found} />
                </>
              )}
            </QueryView>
            <InvitationActions person={found} />
            <AccountActions personId={found.personId} />
          </>
        )}
      </QueryView>
    </>
  );
}
