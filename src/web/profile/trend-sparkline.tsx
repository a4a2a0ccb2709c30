import type { CompetencyTrend } from "../api/types.ts";
import { trendGeometry } from "./trend-geometry.ts";

const box = { width: 120, height: 28, pad: 4 };

/**
 * A small line of one competency's level over time. Decorative: the reason beside it says the
 * same in words, so the drawing is hidden from screen readers.
 */
export function TrendSparkline({
  points,
  min,
  max,
}: {
  points: CompetencyTrend["points"];
  min: number;
  max: number;
}) {
  const placed = trendGeometry(points, { min, max }, box);
  const last = placed[placed.length - 1];
  const base = box.height - box.pad;
  return (
    <svg
      className="trend-sparkline"
      viewBox={`0 0 ${box.width} ${box.height}`}
      width={box.width}
      height={box.height}
      aria-hidden="true"
      focusable="false"
    >
      <line x1={box.pad} x2={box.width - box.pad} y1={base} y2={base} className="trend-base" />
      {placed.length > 1 ? (
        <polyline points={placed.map(({ x, y }) => `${x},${y}`).join(" ")} className="trend-line" />
      ) : null}
      {last ? <circle cx={last.x} cy={last.y} r={3} className="trend-dot" /> : null}
    </svg>
  );
}
