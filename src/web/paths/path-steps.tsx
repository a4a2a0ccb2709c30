import { moveKindWords } from "../../framework/transition-kind-words.ts";
import type { CareerPath, PathStep } from "../api/types.ts";
import type { FrameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";

function StepGaps({ step, labels }: { step: PathStep; labels: FrameworkLabels }) {
  if (step.gaps.length === 0) return <p className="step-gaps-none">No gaps for this step.</p>;
  return (
    <details className="step-gaps">
      <summary>
        {step.gaps.length} {step.gaps.length === 1 ? "gap" : "gaps"} to close for{" "}
        {labels.role(step.to)}
      </summary>
      <ul>
        {step.gaps.map((gap) => (
          <li key={gap.competency}>
            <strong>{labels.competency(gap.competency)}</strong>: expects{" "}
            {labels.level(gap.expected)}, you are at{" "}
            {gap.actual === null ? "unknown (not rated yet)" : Math.round(gap.actual * 10) / 10}
            {gap.mandatory ? <span className="tag">Required</span> : null}
          </li>
        ))}
      </ul>
    </details>
  );
}

/**
 * One recommended route drawn as highlighted steps joined by arrows, each with its kind of move,
 * the reason and the gaps to close.
 *
 * @example
 * <PathSteps path={path} labels={labels} />
 */
export function PathSteps({ path, labels }: { path: CareerPath; labels: FrameworkLabels }) {
  const start = path.steps[0]?.from ?? null;
  return (
    <ol className="path-steps">
      <li className="path-start">
        <span className="step-role">{start ? labels.role(start) : "Where you are today"}</span>
        <span className="step-kind">Start</span>
      </li>
      {path.steps.map((step) => (
        <li key={`${step.from}-${step.to}`} className="path-step">
          <span className="step-arrow" aria-hidden="true">
            ↓
          </span>
          <div className="step-body">
            <Link className="step-role" to={`/roles/${encodeURIComponent(step.to)}`}>
              {labels.role(step.to)}
            </Link>
            <span className={`step-kind kind-${step.kind}`}>{moveKindWords[step.kind].label}</span>
            <p className="step-reason">{step.reason}</p>
            {step.note ? <p className="step-note">{step.note}</p> : null}
            <StepGaps step={step} labels={labels} />
          </div>
        </li>
      ))}
    </ol>
  );
}
