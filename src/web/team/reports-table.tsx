import type { Framework, Person, Profile, RoleFit } from "../api/types.ts";
import { ReadinessTag } from "../components/readiness-tag.tsx";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import { misalignedCompetencies, ratedByBoth, readinessFor } from "./report-summary.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import "./team.css";

/** One report with what the server worked out about them. */
export interface ReportRow {
  person: Person;
  profile: Profile | null;
  fits: RoleFit[] | null;
}

function level(value: number): string {
  return (Math.round(value * 10) / 10).toString();
}

function Alignment({ framework, profile }: { framework: Framework; profile: Profile | null }) {
  if (profile === null) return <>…</>;
  if (!ratedByBoth(profile)) return <span className="meta">Not rated by both yet</span>;
  const misaligned = misalignedCompetencies(profile);
  if (misaligned.length === 0) return <>Within a level on every competency</>;
  const labels = frameworkLabels(framework);
  return (
    <ul className="alignment-list">
      {misaligned.map((item) => (
        <li key={item.competency}>
          {labels.competency(item.competency)}: self {level(item.self)}, you {level(item.manager)}
        </li>
      ))}
    </ul>
  );
}

/** The manager's reports: role, readiness for their next role and self-vs-manager alignment. */
export function ReportsTable({ framework, rows }: { framework: Framework; rows: ReportRow[] }) {
  const labels = frameworkLabels(framework);
  return (
    <ScrollRegion label="Your reports">
      <table className="reports-table">
        <thead>
          <tr>
            <th scope="col">Person</th>
            <th scope="col">Role</th>
            <th scope="col">Readiness</th>
            <th scope="col">Self vs manager</th>
          </tr>
        </thead>
        <tbody>
          {rows.map(({ person, profile, fits }) => {
            const readiness = readinessFor(profile, person.roleId, fits);
            return (
              <tr key={person.id}>
                <th scope="row">
                  <Link to={`/people/${person.id}/profile`}>{person.name}</Link>
                </th>
                <td>{person.roleId ? labels.role(person.roleId) : "No role yet"}</td>
                <td>
                  {readiness ? (
                    <>
                      <ReadinessTag
                        readiness={readiness.readiness}
                        lowConfidence={readiness.lowConfidence}
                      />{" "}
                      for {labels.role(readiness.roleId)}
                    </>
                  ) : (
                    <span className="meta">Not known yet</span>
                  )}
                </td>
                <td>
                  <Alignment framework={framework} profile={profile} />
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
