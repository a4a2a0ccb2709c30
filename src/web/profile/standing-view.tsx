import type { Profile } from "../../engine/types.ts";
import type { Framework } from "../api/types.ts";
import type { Standing } from "../hooks/use-insights.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

const confidenceWords = { high: "High", medium: "Medium", low: "Low" } as const;

/** Where a person stands per track and per competency, with how certain each level is. */
export function StandingView({
  framework,
  labels,
  standing,
  profile,
}: {
  framework: Framework;
  labels: FrameworkLabels;
  standing: Standing;
  profile: Profile;
}) {
  const trackName = new Map(framework.tracks.map((track) => [track.id, track.name]));
  return (
    <>
      <p>{standing.summary}</p>
      <div className="table-scroll">
        <table>
          <caption>Per track</caption>
          <thead>
            <tr>
              <th scope="col">Track</th>
              <th scope="col">Highest role you are ready for</th>
              <th scope="col">Next role</th>
            </tr>
          </thead>
          <tbody>
            {standing.tracks.map((track) => (
              <tr key={track.track}>
                <th scope="row">{trackName.get(track.track) ?? track.track}</th>
                <td>
                  {track.highestReady ? (
                    <>
                      {labels.role(track.highestReady.roleId)}
                      <span className="descriptor">{track.highestReady.reason}</span>
                    </>
                  ) : (
                    "None yet"
                  )}
                </td>
                <td>{track.next ? labels.role(track.next) : "—"}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <div className="table-scroll">
        <table className="standing-competencies">
          <caption>Per competency</caption>
          <thead>
            <tr>
              <th scope="col">Competency</th>
              <th scope="col">Level</th>
              <th scope="col">Confidence</th>
              <th scope="col">Matches</th>
              <th scope="col">Why</th>
            </tr>
          </thead>
          <tbody>
            {standing.competencies.map((row) => {
              const score = profile.competencies[row.competency];
              return (
                <tr key={row.competency}>
                  <th scope="row">{labels.competency(row.competency)}</th>
                  <td>{row.level === null ? "Unknown" : Math.round(row.level * 10) / 10}</td>
                  <td>
                    {score ? confidenceWords[score.confidenceLevel] : "—"}
                    {score ? (
                      <span className="descriptor">
                        {score.raters} {score.raters === 1 ? "rater" : "raters"}
                      </span>
                    ) : null}
                  </td>
                  <td>{row.matchesRole ? labels.role(row.matchesRole) : "—"}</td>
                  <td>{row.reason}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </>
  );
}
