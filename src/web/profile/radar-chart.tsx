import { useId } from "react";
import { wrapLabel } from "../career-map/wrap-label.ts";
import type { RadarAxis, RadarSeries } from "./radar-series.ts";

const width = 760;
const height = 600;
const centre = { x: width / 2, y: height / 2 };
const radius = 210;

function point(index: number, count: number, distance: number): { x: number; y: number } {
  const angle = (index / count) * Math.PI * 2 - Math.PI / 2;
  return { x: centre.x + Math.cos(angle) * distance, y: centre.y + Math.sin(angle) * distance };
}

function outline(values: (number | null)[], max: number): string {
  // Unknown competencies are left out rather than drawn at zero: unknown is not the lowest level.
  return values
    .map((value, index) =>
      value === null ? null : point(index, values.length, (value / max) * radius),
    )
    .filter((p): p is { x: number; y: number } => p !== null)
    .map((p) => `${p.x.toFixed(1)},${p.y.toFixed(1)}`)
    .join(" ");
}

/**
 * A radar chart in plain SVG, without animation: one spoke per competency, rings per level and
 * one outline per series. Loaded lazily; the table beside it is its text alternative.
 *
 * @example
 * <RadarChart axes={axes} series={series} max={5} />
 */
export default function RadarChart({
  axes,
  series,
  max,
}: {
  axes: RadarAxis[];
  series: RadarSeries[];
  max: number;
}) {
  const titleId = useId();
  const rings = Array.from({ length: max }, (_, index) => index + 1);
  return (
    <figure className="radar">
      <svg viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={titleId}>
        <title id={titleId}>
          Radar chart of {series.map((s) => s.name).join(", ")} across {axes.length} competencies;
          the table below has the same numbers.
        </title>
        {rings.map((ring) => (
          <polygon
            key={ring}
            className="radar-ring"
            points={axes
              .map((_, index) => point(index, axes.length, (ring / max) * radius))
              .map((p) => `${p.x},${p.y}`)
              .join(" ")}
          />
        ))}
        {axes.map((axis, index) => {
          const end = point(index, axes.length, radius);
          const label = point(index, axes.length, radius + 22);
          const anchor =
            Math.abs(label.x - centre.x) < 8 ? "middle" : label.x > centre.x ? "start" : "end";
          const lines = wrapLabel(axis.label, 18, 3);
          const top = label.y < centre.y - 8;
          return (
            <g key={axis.id}>
              <line className="radar-spoke" x1={centre.x} y1={centre.y} x2={end.x} y2={end.y} />
              <text
                className="radar-label"
                x={label.x}
                y={top ? label.y - (lines.length - 1) * 16 : label.y}
                textAnchor={anchor}
                dominantBaseline="middle"
              >
                {lines.map((line, lineIndex) => (
                  <tspan key={line} x={label.x} dy={lineIndex === 0 ? 0 : 16}>
                    {line}
                  </tspan>
                ))}
              </text>
            </g>
          );
        })}
        {series.map((s, index) => (
          <polygon
            key={s.id}
            className={`radar-series series-${index}${s.dashed ? " is-dashed" : ""}`}
            points={outline(s.values, max)}
          />
        ))}
      </svg>
      <figcaption>
        <ul className="radar-legend">
          {series.map((s, index) => (
            <li key={s.id}>
              <svg width="32" height="12" aria-hidden="true" focusable="false">
                <line
                  className={`radar-series series-${index}${s.dashed ? " is-dashed" : ""}`}
                  x1="2"
                  y1="6"
                  x2="30"
                  y2="6"
                />
              </svg>
              {s.name}
            </li>
          ))}
        </ul>
      </figcaption>
    </figure>
  );
}
