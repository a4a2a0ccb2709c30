import type { Framework, Rating } from "../api/types.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";

/** Every competency with the level chosen (or not yet), its note, and a way back to each one. */
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
    <ol className="assessment-summary" aria-label="Your answers">
      {framework.competencies.map((competency, index) => {
        const rating = ratings.get(competency.id);
        return (
          <li key={competency.id}>
            <div className="summary-text">
              <strong>{competency.name}</strong>
              <span>
                {rating ? labels.level(rating.level) : "Not rated: it will show as unknown"}
              </span>
              {rating?.note ? <span className="summary-note">{rating.note}</span> : null}
            </div>
            <button
              type="button"
              className="button button-quiet"
              aria-label={`Change ${competency.name}`}
              onClick={() => onEdit(index)}
            >
              Change
            </button>
          </li>
        );
      })}
    </ol>
  );
}
