import { useMemo, useState } from "react";
import type { CareerPath } from "../../engine/types.ts";
import type { Framework } from "../api/types.ts";
import { frameworkLabels } from "../lib/framework-labels.ts";
import { PathSteps } from "./path-steps.tsx";
import { TrackFilter, type TrackFilterValue } from "./track-filter.tsx";
import "./paths.css";

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
          {shown.map((path) => (
            <li key={`${path.rank}-${path.target}`} className="card path-card">
              <h3>
                Towards {labels.role(path.target)}
                <span className="tag">
                  {path.steps.length} {path.steps.length === 1 ? "step" : "steps"}
                </span>
              </h3>
              <p>{path.reason}</p>
              <PathSteps path={path} labels={labels} />
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
