import { findTransition } from "../../framework/find-transition.ts";
import { moveKindWords } from "../../framework/transition-kind-words.ts";
import type { Framework, Profile, Standing } from "../api/types.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

const confidenceWords = { high: "high", medium: "medium", low: "low" } as const;

/**
 * Where a person stands per track and per competency, with how certain each level is; each
 * track's next role comes with the framework's note for the move there.
 */
export function StandingView({
  framework,
  labels,
  standing,
  profile,
  roleId = null,
  personName,
}: {
  framework: Framework;
  labels: FrameworkLabels;
  standing: Standing;
  profile: Profile;
  /** The role the person holds: the move to each next role is read from it when there is one. */
  roleId?: string | null;
  /** Whose standing it is when not the viewer's own: the words then name them. */
  personName?: string | undefined;
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
              <th scope="col">
                Highest role {personName ? `${personName} is` : "you are"} ready for
              </th>
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
                <td>
                  {track.next ? (
                    <NextRoleMove
                      framework={framework}
                      labels={labels}
                      from={[roleId, track.highestReady?.roleId ?? null]}
                      to={track.next}
                    />
                  ) : (
                    "—"
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h3>Per competency</h3>
      <ul className="standing-competencies">
        {standing.competencies.map((row) => {
          const score = profile.competencies[row.competency];
          const level = row.level === null ? "unknown" : String(Math.round(row.level * 10) / 10);
          const raters = score ? `${score.raters} ${score.raters === 1 ? "rater" : "raters"}` : "";
          return (
            <li key={row.competency}>
              <strong>{labels.competency(row.competency)}</strong>
              <span className="standing-facts">
                Level {level}
                {score ? ` · ${confidenceWords[score.confidenceLevel]} confidence (${raters})` : ""}
                {row.matchesRole ? ` · matches ${labels.role(row.matchesRole)}` : ""}
              </span>
              <span className="standing-reason">{row.reason}</span>
            </li>
          );
        })}
      </ul>
    </>
  );
}

/** A next role with the framework's note for the move there, from the first origin that has one. */
function NextRoleMove({
  framework,
  labels,
  from,
  to,
}: {
  framework: Framework;
  labels: FrameworkLabels;
  from: (string | null)[];
  to: string;
}) {
  const move = from
    .map((origin) => findTransition(framework, origin, to))
    .find((found) => found !== undefined);
  return (
    <>
      {labels.role(to)}
      {move?.notes ? (
        <span className="descriptor">
          {moveKindWords[move.kind].label}: {move.notes}
        </span>
      ) : null}
    </>
  );
}
