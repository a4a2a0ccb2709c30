import type { RoleFit } from "../api/types.ts";
import { ReadinessTag } from "../components/readiness-tag.tsx";
import type { FrameworkLabels } from "../lib/framework-labels.ts";
import { Link } from "../router/link.tsx";

/** Fit for every role as bars, best first, each with its readiness and the engine's reason. */
export function FitBars({ fits, labels }: { fits: RoleFit[]; labels: FrameworkLabels }) {
  const sorted = [...fits].sort((a, b) => b.fit - a.fit);
  return (
    <ol className="fit-bars">
      {sorted.map((fit) => {
        const percent = Math.round(fit.fit * 100);
        return (
          <li key={fit.roleId} className={`fit readiness-${fit.readiness}`}>
            <div className="fit-head">
              <Link to={`/roles/${encodeURIComponent(fit.roleId)}`}>{labels.role(fit.roleId)}</Link>
              <span className="fit-figure">
                {percent}% ·{" "}
                <ReadinessTag readiness={fit.readiness} lowConfidence={fit.lowConfidence} />
              </span>
            </div>
            <div className="fit-track" aria-hidden="true">
              <div className="fit-bar" style={{ inlineSize: `${percent}%` }} />
            </div>
            <p className="fit-reason">{fit.reason}</p>
          </li>
        );
      })}
    </ol>
  );
}
