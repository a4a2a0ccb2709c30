import { transitionKindInfo, transitionKindOrder } from "./transition-kinds.ts";

/** The key to the map's arrows: one sample line per kind of transition, with its meaning. */
export function MapLegend() {
  return (
    <section className="map-legend" aria-labelledby="map-legend-title">
      <h2 id="map-legend-title">Kinds of move</h2>
      <ul>
        {transitionKindOrder.map((kind) => (
          <li key={kind}>
            <svg width="44" height="12" aria-hidden="true">
              <line x1="2" y1="6" x2="40" y2="6" className={`map-edge is-lit kind-${kind}`} />
            </svg>
            <strong>{transitionKindInfo[kind].label}</strong>:{" "}
            {transitionKindInfo[kind].description}
          </li>
        ))}
      </ul>
    </section>
  );
}
