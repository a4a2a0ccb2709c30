import { AdminOnly } from "../components/admin-only.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useOrgAnalytics } from "../hooks/use-analytics.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { usePeople } from "../hooks/use-team.ts";
import { DistributionSection } from "../organisation/distribution-section.tsx";
import { FrameworkVersions } from "../organisation/framework-versions.tsx";
import { PeopleImport } from "../organisation/people-import.tsx";
import { SpanOfControlSection } from "../organisation/span-of-control-section.tsx";

function OrganisationViews() {
  const framework = useFramework();
  const analytics = useOrgAnalytics();
  const people = usePeople();
  const names = new Map((people.data?.items ?? []).map((person) => [person.id, person.name]));
  return (
    <QueryView query={framework}>
      {({ framework: document }) => (
        <>
          <QueryView query={analytics}>
            {(org) => (
              <>
                <p>{org.reason}</p>
                <DistributionSection framework={document} distribution={org.distribution} />
                <SpanOfControlSection
                  framework={document}
                  spans={org.spanOfControl}
                  names={names}
                />
              </>
            )}
          </QueryView>
          <FrameworkVersions />
          <PeopleImport framework={document} />
        </>
      )}
    </QueryView>
  );
}

/** For admins: how the organisation is spread over roles, span of control and framework versions. */
export default function OrganisationPage() {
  return (
    <>
      <h1>Organisation</h1>
      <AdminOnly>
        <OrganisationViews />
      </AdminOnly>
    </>
  );
}
