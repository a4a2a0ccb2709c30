import type { Rating } from "../../engine/types.ts";
import type { Framework } from "../api/types.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

/** Every competency with the level chosen (or not yet), and a way back to each one. */
export function AssessmentSummary({
  framework,
  labels,
  ratings,
  onEdit,
}: {
  framework: Framework;
  labels: FrameworkLabels;
  ratings: Map<string, Rating>;
  onEdit: (index: number) => void;
}) {
  return (
    <div className="table-scroll">
      <table className="assessment-summary">
        <caption>Your answers</caption>
        <thead>
          <tr>
            <th scope="col">Competency</th>
            <th scope="col">Your level</th>
            <th scope="col">Note</th>
            <th scope="col">Change</th>
          </tr>
        </thead>
        <tbody>
          {framework.competencies.map((competency, index) => {
            const rating = ratings.get(competency.id);
            return (
              <tr key={competency.id}>
                <th scope="row">{competency.name}</th>
                <td>
                  {rating ? labels.level(rating.level) : "Not rated: it will show as unknown"}
                </td>
                <td className="note-cell">{rating?.note ?? ""}</td>
                <td>
                  <button
                    type="button"
                    className="button button-quiet"
                    aria-label={`Change ${competency.name}`}
                    onClick={() => onEdit(index)}
                  >
                    Change
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
