import { CareerMap } from "../career-map/career-map.tsx";
import { MapLegend } from "../career-map/map-legend.tsx";
import { TrackDescriptions } from "../career-map/track-descriptions.tsx";
import { TransitionList } from "../career-map/transition-list.tsx";
import { GuidanceNotes } from "../components/guidance-notes.tsx";
import { QueryView } from "../components/query-view.tsx";
import { useFramework } from "../hooks/use-framework.ts";

/** The career map: the whole framework as a graph, a legend, a guide and the same as text. */
export default function CareerMapPage() {
  const query = useFramework();
  return (
    <>
      <h1>Career map</h1>
      <aside className="guide" aria-label="How to read the map">
        <p>
          This map shows where a product career can go, not where it must go. People move up, across
          to the IC track, sideways or out to adjacent roles, and there is no fixed timeline for any
          move: take the one that fits what success means to you.
        </p>
        <p>Select a role, by click or with Tab and Enter, to see what it asks of you.</p>
      </aside>
      <QueryView query={query}>
        {({ framework, version }) => (
          <>
            <CareerMap framework={framework} />
            <p className="meta">
              {framework.name}, version {version}
            </p>
            <MapLegend />
            <details className="text-alternative">
              <summary>Show every role and move as a list</summary>
              <TransitionList framework={framework} />
            </details>
            <TrackDescriptions framework={framework} />
            <GuidanceNotes framework={framework} place="map" />
          </>
        )}
      </QueryView>
    </>
  );
}
