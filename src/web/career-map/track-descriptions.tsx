import type { Framework } from "../api/types.ts";

/** The framework's tracks in its own words: the management ladder, the IC track, adjacent roles. */
export function TrackDescriptions({ framework }: { framework: Framework }) {
  if (framework.tracks.length === 0) return null;
  return (
    <section className="card" aria-labelledby="tracks-heading">
      <h2 id="tracks-heading">The tracks</h2>
      <dl className="track-descriptions">
        {framework.tracks.map((track) => (
          <div key={track.id}>
            <dt>{track.name}</dt>
            <dd>{track.description}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
