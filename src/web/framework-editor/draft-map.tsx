import { useId, useMemo } from "react";
import type { Framework } from "../api/types.ts";
import { MapFrame } from "../career-map/map-frame.tsx";
import { layoutCareerMap, nodeSize } from "../career-map/map-layout.ts";
import { ScrollRegion } from "../team/scroll-region.tsx";

/**
 * The draft's roles and moves on the career map, drawn as members will see it and redrawn as the
 * draft changes. Each role is a button that chooses it, bringing its moves forward; a move's arrow
 * can be clicked to edit it in the list.
 *
 * @example
 * <DraftMap framework={draft.document} chosenRole="pm" onChooseRole={setRole} onChooseMove={focusMove} />
 */
export function DraftMap({
  framework,
  chosenRole,
  onChooseRole,
  onChooseMove,
}: {
  framework: Framework;
  chosenRole: string | null;
  onChooseRole: (roleId: string | null) => void;
  onChooseMove: (index: number) => void;
}) {
  const { roles, transitions, tracks } = framework;
  const layout = useMemo(() => layoutCareerMap(roles, transitions), [roles, transitions]);
  const titleId = useId();
  const trackNames = new Map(tracks.map((track) => [track.id, track.name]));
  const chosen = chosenRole !== null && roles.some((role) => role.id === chosenRole);
  return (
    <ScrollRegion label="The draft's career map, scrolls sideways">
      <p className="scroll-hint">Scroll sideways to see every track.</p>
      <svg
        className={chosen ? "career-map editor-map has-active" : "career-map editor-map"}
        viewBox={`0 0 ${layout.width} ${layout.height}`}
        aria-labelledby={titleId}
      >
        <title id={titleId}>The draft's career map: choose a role to see and add its moves</title>
        <MapFrame idPrefix="editor-arrow" lanes={layout.lanes} trackNames={trackNames} />
        <g className="map-edges">
          {layout.edges.map(({ transition, path }) => {
            const index = transitions.indexOf(transition);
            const lit = chosen && (transition.from === chosenRole || transition.to === chosenRole);
            return (
              <g key={index}>
                <path
                  d={path}
                  className={`map-edge kind-${transition.kind}${lit ? " is-lit" : ""}`}
                  markerEnd={`url(#editor-arrow-${transition.kind})`}
                />
                {/* biome-ignore lint/a11y/noStaticElementInteractions: by keyboard, the same move is a button among the chosen role's moves below the map. */}
                <path d={path} className="map-edge-target" onClick={() => onChooseMove(index)} />
              </g>
            );
          })}
        </g>
        {layout.nodes.map((node) => (
          <foreignObject
            key={node.role.id}
            x={node.x - nodeSize.width / 2}
            y={node.y - nodeSize.height / 2}
            width={nodeSize.width}
            height={nodeSize.height}
          >
            <button
              type="button"
              className={`editor-map-node track-${node.role.track}`}
              aria-pressed={node.role.id === chosenRole}
              onClick={() => onChooseRole(node.role.id === chosenRole ? null : node.role.id)}
            >
              {node.role.title || node.role.id}
            </button>
          </foreignObject>
        ))}
      </svg>
    </ScrollRegion>
  );
}
