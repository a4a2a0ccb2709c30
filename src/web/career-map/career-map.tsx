import { type MouseEvent, useId, useMemo, useState } from "react";
import type { Framework } from "../api/types.ts";
import { navigate } from "../router/navigation.ts";
import { MapFrame } from "./map-frame.tsx";
import { layoutCareerMap, type MapNode, nodeSize } from "./map-layout.ts";
import { wrapLabel } from "./wrap-label.ts";

function RoleNode({ node, onActive }: { node: MapNode; onActive: (id: string | null) => void }) {
  const href = `/roles/${encodeURIComponent(node.role.id)}`;
  const lines = wrapLabel(node.role.title, 22);
  function open(event: MouseEvent<Element>) {
    if (event.metaKey || event.ctrlKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    navigate(href);
  }
  return (
    <a
      href={href}
      className={`map-node track-${node.role.track}`}
      onClick={open}
      onMouseEnter={() => onActive(node.role.id)}
      onMouseLeave={() => onActive(null)}
      onFocus={() => onActive(node.role.id)}
      onBlur={() => onActive(null)}
    >
      <rect
        x={node.x - nodeSize.width / 2}
        y={node.y - nodeSize.height / 2}
        width={nodeSize.width}
        height={nodeSize.height}
        rx={10}
      />
      <text x={node.x} y={node.y - (lines.length - 1) * 8} textAnchor="middle">
        {lines.map((line, index) => (
          <tspan key={line} x={node.x} dy={index === 0 ? "0.35em" : "1.15em"}>
            {index < lines.length - 1 ? `${line} ` : line}
          </tspan>
        ))}
      </text>
    </a>
  );
}

/**
 * The whole framework as a graph: one lane per track, roles as boxes that open their page (by
 * click or Enter), transitions as arrows styled by kind. Hovering or focusing a role brings its
 * transitions forward.
 *
 * @example
 * <CareerMap framework={framework} />
 */
export function CareerMap({ framework }: { framework: Framework }) {
  const layout = useMemo(
    () => layoutCareerMap(framework.roles, framework.transitions),
    [framework],
  );
  const [active, setActive] = useState<string | null>(null);
  const titleId = useId();
  const trackNames = new Map(framework.tracks.map((track) => [track.id, track.name]));
  return (
    <div className="map-scroll">
      <p className="scroll-hint">Scroll sideways to see every track.</p>
      <svg
        className={active ? "career-map has-active" : "career-map"}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        aria-labelledby={titleId}
      >
        <title id={titleId}>Career map: every role by track, with the moves between them</title>
        <MapFrame idPrefix="arrow" lanes={layout.lanes} trackNames={trackNames} />
        <g className="map-edges">
          {layout.edges.map(({ transition, path }) => {
            const lit = active !== null && (transition.from === active || transition.to === active);
            return (
              <path
                key={`${transition.from}>${transition.to}`}
                d={path}
                className={`map-edge kind-${transition.kind}${lit ? " is-lit" : ""}`}
                markerEnd={`url(#arrow-${transition.kind})`}
              />
            );
          })}
        </g>
        {layout.nodes.map((node) => (
          <RoleNode key={node.role.id} node={node} onActive={setActive} />
        ))}
      </svg>
    </div>
  );
}
