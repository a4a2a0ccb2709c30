import { AdminOnly } from "../components/admin-only.tsx";
import { QueryView } from "../components/query-view.tsx";
import { SettleTogether } from "../components/settle-together.tsx";
import { useOrgSummary } from "../hooks/use-analytics.ts";
import { useFramework } from "../hooks/use-framework.ts";
import { useFrameworkVersions } from "../hooks/use-framework-versions.ts";
import { DistributionSection } from "../organisation/distribution-section.tsx";
import { FrameworkVersions } from "../organisation/framework-versions.tsx";
import { PeopleImport } from "../organisation/people-import.tsx";
import { SpanOfControlSection } from "../organisation/span-of-control-section.tsx";

function OrganisationViews() {
  const framework = useFramework();
  // Only what the page shows: not the whole analytics, nor every person for the managers' names.
  const summary = useOrgSummary();
  const versions = useFrameworkVersions();
  return (
    <SettleTogether queries={[framework, summary, versions]}>
      <QueryView query={framework}>
        {({ framework: document }) => (
          <>
            <QueryView query={summary}>
              {(org) => (
                <>
                  <p>{org.reason}</p>
                  <DistributionSection framework={document} distribution={org.distribution} />
                  <SpanOfControlSection
                    framework={document}
                    spans={org.spanOfControl}
                    total={org.spanOfControlManagers}
                    counts={org.spanOfControlCounts}
                    names={new Map(org.managers.map((manager) => [manager.id, manager.name]))}
                  />
                </>
              )}
            </QueryView>
            <div className="drawn-when-near">
              <FrameworkVersions />
              <PeopleImport framework={document} />
            </div>
          </>
        )}
      </QueryView>
    </SettleTogether>
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
