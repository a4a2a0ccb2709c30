import { useMemo, useState } from "react";
import type { Framework } from "../api/types.ts";
import { type FrameworkLabels, frameworkLabels } from "../lib/framework-labels.ts";
import { groupByTarget } from "./group-by-target.ts";
import { PathSteps } from "./path-steps.tsx";
import { TrackFilter, type TrackFilterValue } from "./track-filter.tsx";
import "./paths.css";
import type { CareerPath } from "../api/types.ts";

function PathRoute({ path, labels }: { path: CareerPath; labels: FrameworkLabels }) {
  return (
    <div className="path-route">
      <p>
        <span className="tag">
          {path.steps.length} {path.steps.length === 1 ? "step" : "steps"}
        </span>{" "}
        {path.reason}
      </p>
      <PathSteps path={path} labels={labels} />
    </div>
  );
}

/**
 * The recommended routes, filterable by the track they lead to, each drawn as its steps.
 *
 * @example
 * <PathsView framework={framework} paths={paths} />
 */
export function PathsView({ framework, paths }: { framework: Framework; paths: CareerPath[] }) {
  const labels = useMemo(() => frameworkLabels(framework), [framework]);
  const [filter, setFilter] = useState<TrackFilterValue>("all");
  const trackOf = new Map(framework.roles.map((role) => [role.id, role.track]));
  const shown = paths.filter((path) => filter === "all" || trackOf.get(path.target) === filter);
  return (
    <>
      <TrackFilter value={filter} onChange={setFilter} />
      {shown.length === 0 ? (
        <p className="notice" role="status">
          No recommended path leads to that track right now. Preferences below shape which routes
          are suggested.
        </p>
      ) : (
        <ol className="path-list">
          {groupByTarget(shown).map(([target, [best, ...others]]) => (
            <li key={target} className="card path-card">
              <h3>Towards {labels.role(target)}</h3>
              {best ? <PathRoute path={best} labels={labels} /> : null}
              {others.length > 0 ? (
                <details className="other-routes">
                  <summary>
                    {others.length} other {others.length === 1 ? "route" : "routes"} to{" "}
                    {labels.role(target)}
                  </summary>
                  {others.map((path) => (
                    <PathRoute key={path.rank} path={path} labels={labels} />
                  ))}
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
