/** A heatmap cell's background and a text colour that stays readable on it. */
export interface HeatColour {
  background: string;
  color: string;
}

const darkText = "#1d232a";

/**
 * The colour of a level on a scale from 1 to `max`: pale blue for the lower half, deep blue for
 * the upper half (skipping the mid tones no text colour reads well on), and a neutral grey when
 * nobody rated it. The number is always written in the cell as well.
 *
 * @example heatColour(5, 5) // { background: "hsl(212 62% 22%)", color: "#ffffff" }
 */
export function heatColour(level: number | null, max: number): HeatColour {
  if (level === null) return { background: "#eef0f2", color: darkText };
  const share = max <= 1 ? 1 : Math.min(1, Math.max(0, (level - 1) / (max - 1)));
  if (share < 0.5) {
    return { background: `hsl(212 62% ${Math.round(94 - share * 2 * 30)}%)`, color: darkText };
  }
  return {
    background: `hsl(212 62% ${Math.round(40 - (share - 0.5) * 2 * 18)}%)`,
    color: "#ffffff",
  };
}
