import type { Framework, Person, Profile, RoleFit } from "../api/types.ts";
import { ReadinessTag } from "../components/readiness-tag.tsx";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";
import { readinessFor, widestSelfManagerGap } from "./report-summary.ts";
import { ScrollRegion } from "./scroll-region.tsx";
import "./team.css";

/** One report with what the server worked out about them. */
export interface ReportRow {
  person: Person;
  profile: Profile | null;
  fits: RoleFit[] | null;
}

function Alignment({ framework, profile }: { framework: Framework; profile: Profile | null }) {
  const gap = widestSelfManagerGap(profile);
  if (profile === null) return <>…</>;
  if (gap === null) return <span className="meta">Not rated by both yet</span>;
  const name = frameworkLabels(framework).competency(gap.competency);
  if (Math.abs(gap.difference) < 1) return <>Within a level on every competency</>;
  const side = gap.difference > 0 ? "higher" : "lower";
  return (
    <>
      Self rates {Math.abs(gap.difference).toFixed(1)} {side} than you on {name}
    </>
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
                      <ReadinessTag readiness={readiness.readiness} /> for{" "}
                      {labels.role(readiness.roleId)}
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
