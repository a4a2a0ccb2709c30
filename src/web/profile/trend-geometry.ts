/** The drawing box of a sparkline, in SVG units. */
export interface SparklineBox {
  width: number;
  height: number;
  pad: number;
}

/**
 * Places a trend's points in a sparkline box: oldest on the left, the scale's lowest level at
 * the bottom and its highest at the top; a single point sits in the middle.
 *
 * @example
 * trendGeometry([{ at: "2026-01-01", level: 3 }], { min: 1, max: 5 }, box)[0]; // { x: 60, y: 14 }
 */
export function trendGeometry(
  points: readonly { at: string; level: number }[],
  scale: { min: number; max: number },
  box: SparklineBox,
): { x: number; y: number }[] {
  const span = Math.max(scale.max - scale.min, 1);
  const inner = { width: box.width - 2 * box.pad, height: box.height - 2 * box.pad };
  return points.map((point, index) => ({
    x: points.length < 2 ? box.width / 2 : box.pad + (index * inner.width) / (points.length - 1),
    y: box.height - box.pad - ((point.level - scale.min) * inner.height) / span,
  }));
}

/**
 * A trend's change in a few words: signed to one decimal, "Steady" when it barely moved, and
 * what is missing when there are fewer than two points.
 *
 * @example
 * trendChangeWords(0.4); // "+0.4"
 */
export function trendChangeWords(change: number | null): string {
  if (change === null) return "Not enough assessments yet";
  if (Math.abs(change) < 0.05) return "Steady";
  return `${change > 0 ? "+" : "−"}${Math.abs(change).toFixed(1)}`;
}
