import type { Framework, OrgAnalytics } from "../api/types.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";
import "../components/tag-list.css";
import "./organisation.css";

/** How many people hold each role and sit on each track, as a table with the engine's reason. */
export function DistributionSection({
  framework,
  distribution,
}: {
  framework: Framework;
  distribution: OrgAnalytics["distribution"];
}) {
  const trackName = (id: string) => framework.tracks.find((track) => track.id === id)?.name ?? id;
  const most = Math.max(1, ...distribution.roles.map((role) => role.people));
  return (
    <section className="card" aria-labelledby="distribution">
      <h2 id="distribution">Roles and tracks</h2>
      <ul className="tag-list" aria-label="People per track">
        {distribution.tracks.map((track) => (
          <li key={track.track} className="tag">
            {trackName(track.track)}: {track.people}
          </li>
        ))}
        {distribution.withoutRole > 0 ? (
          <li className="tag">Without a known role: {distribution.withoutRole}</li>
        ) : null}
      </ul>
      <ScrollRegion label="People per role">
        <table>
          <thead>
            <tr>
              <th scope="col">Role</th>
              <th scope="col">Track</th>
              <th scope="col">People</th>
            </tr>
          </thead>
          <tbody>
            {distribution.roles.map((role) => (
              <tr key={role.roleId}>
                <th scope="row">{role.title}</th>
                <td>{trackName(role.track)}</td>
                <td>
                  <span className="bar-cell">
                    <span
                      className="bar"
                      aria-hidden="true"
                      style={{ width: `${(role.people / most) * 75}%` }}
                    />
                    <span>{role.people}</span>
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
    </section>
  );
}
