import { useId } from "react";
import { type GuidancePlace, guidanceFor } from "../../framework/guidance-for.ts";
import type { Framework, TrackId } from "../api/types.ts";

/**
 * The framework's principles where a person meets them, in the framework's own words (see
 * guidanceFor for which notes each place shows); nothing when the framework has none.
 *
 * @example
 * <GuidanceNotes framework={framework} place="paths" />
 */
export function GuidanceNotes({
  framework,
  place,
  track,
}: {
  framework: Framework;
  place: GuidancePlace;
  track?: TrackId;
}) {
  const headingId = useId();
  const notes = guidanceFor(framework, place, track);
  if (notes.length === 0) return null;
  return (
    <aside className="card guidance-notes" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {place === "map" ? "Principles of this framework" : "Worth keeping in mind"}
      </h2>
      {notes.map((note) => (
        <section key={note.id}>
          <h3>{note.title}</h3>
          <p>{note.body}</p>
        </section>
      ))}
    </aside>
  );
}
