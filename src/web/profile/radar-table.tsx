import type { RadarAxis, RadarSeries } from "./radar-series.ts";

function shown(value: number | null): string {
  return value === null ? "unknown" : String(Math.round(value * 10) / 10);
}

/** The radar chart's numbers as a table: one row per competency, one column per series. */
export function RadarTable({ axes, series }: { axes: RadarAxis[]; series: RadarSeries[] }) {
  return (
    <div className="table-scroll">
      <table className="radar-table">
        <caption>Levels per competency (the chart as a table)</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            {series.map((s) => (
              <th key={s.id} scope="col">
                {s.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {axes.map((axis, index) => (
            <tr key={axis.id}>
              <th scope="row">{axis.label}</th>
              {series.map((s) => (
                <td key={s.id}>{shown(s.values[index] ?? null)}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
