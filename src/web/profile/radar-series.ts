/** One outline on the radar chart: a name, a style and a value per axis (null when unknown). */
export interface RadarSeries {
  id: string;
  name: string;
  /** Drawn as a dashed outline, so series differ by more than colour. */
  dashed: boolean;
  values: (number | null)[];
}

/** One spoke of the radar chart. */
export interface RadarAxis {
  id: string;
  label: string;
}
