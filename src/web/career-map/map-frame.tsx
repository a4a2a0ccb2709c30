import type { MapLane } from "./map-layout.ts";
import { transitionKindOrder } from "./transition-kinds.ts";

/**
 * The pieces every career map draws alike: an arrow head per kind of move (ids `${idPrefix}-${kind}`,
 * so two maps on one page keep their own) and each track's title above its lane.
 *
 * @example <MapFrame idPrefix="arrow" lanes={layout.lanes} trackNames={names} />
 */
export function MapFrame({
  idPrefix,
  lanes,
  trackNames,
}: {
  idPrefix: string;
  lanes: MapLane[];
  trackNames: ReadonlyMap<string, string>;
}) {
  return (
    <>
      <defs>
        {transitionKindOrder.map((kind) => (
          <marker
            key={kind}
            id={`${idPrefix}-${kind}`}
            className={`arrow-head kind-${kind}`}
            viewBox="0 0 10 10"
            refX="9"
            refY="5"
            markerUnits="userSpaceOnUse"
            markerWidth="11"
            markerHeight="11"
            orient="auto-start-reverse"
          >
            <path d="M0,0 L10,5 L0,10 z" />
          </marker>
        ))}
      </defs>
      {lanes.map((lane) => (
        <text key={lane.track} className="lane-title" x={lane.x} y={28} textAnchor="middle">
          {trackNames.get(lane.track) ?? lane.track}
        </text>
      ))}
    </>
  );
}
