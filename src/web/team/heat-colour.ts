/** A heatmap cell's background and a text colour that stays readable on it. */
export interface HeatColour {
  background: string;
  color: string;
}

/**
 * The colour of a level on a scale from 1 to `max`: pale blue for low, deep blue for high, and
 * a neutral grey when nobody rated it. The number is always written in the cell as well.
 *
 * @example heatColour(4, 5).background // "hsl(212 62% 38%)"
 */
export function heatColour(level: number | null, max: number): HeatColour {
  if (level === null) return { background: "#eef0f2", color: "#1d232a" };
  const share = max <= 1 ? 1 : Math.min(1, Math.max(0, (level - 1) / (max - 1)));
  const lightness = Math.round(92 - share * 62);
  return {
    background: `hsl(212 62% ${lightness}%)`,
    color: lightness < 55 ? "#ffffff" : "#1d232a",
  };
}
