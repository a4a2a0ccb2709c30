import type { Framework, Role, TrackId } from "../../framework/schema.ts";
import type { CareerPath, PathStep, RoleFit } from "../types.ts";
import { careerGraph } from "./career-graph.ts";
import { describeMove, describeRemainingGaps, durationContext } from "./describe-step.ts";
import type { PathEdge } from "./find-paths-input.ts";

/** A path found by the search: its moves and total cost. */
export interface Found {
  edges: PathEdge[];
  cost: number;
}

/** Orders paths by cost, then number of steps, then the role ids and kinds along the way. */
export function compareFound(a: Found, b: Found): number {
  if (a.cost !== b.cost) return a.cost - b.cost;
  if (a.edges.length !== b.edges.length) return a.edges.length - b.edges.length;
  for (let i = 0; i < a.edges.length; i++) {
    const x = a.edges[i] as PathEdge;
    const y = b.edges[i] as PathEdge;
    if (x.to !== y.to) return x.to < y.to ? -1 : 1;
    if (x.kind !== y.kind) return x.kind < y.kind ? -1 : 1;
  }
  return 0;
}

/** Ranks the kept paths of every target together and explains each path and step. */
export function rankPaths(
  framework: Framework,
  best: Map<string, Found[]>,
  fits: Map<string, RoleFit>,
  preferred: readonly TrackId[],
): CareerPath[] {
  const all = [...best.values()].flat().sort(compareFound);
  const { roles } = careerGraph(framework);
  const stepReasons = new Map<PathEdge, string>();
  return all.map((found, index) => {
    const steps: PathStep[] = found.edges.map((edge) => {
      const to = roles.get(edge.to) as Role;
      const fit = fits.get(edge.to) ?? emptyFit(edge.to);
      let reason = stepReasons.get(edge);
      if (reason === undefined) {
        const from = edge.from === null ? undefined : roles.get(edge.from);
        const move = describeMove(framework, edge.kind, from, to, fit, edge.route?.name);
        reason = `${move}; ${describeRemainingGaps(framework, to, fit)}.${durationContext(edge.transition)}`;
        stepReasons.set(edge, reason);
      }
      return {
        from: edge.from,
        to: edge.to,
        kind: edge.kind,
        cost: edge.cost,
        gaps: fit.gaps,
        reason,
      };
    });
    const target = roles.get(found.edges[found.edges.length - 1]?.to ?? "") as Role;
    return {
      target: target.id,
      steps,
      cost: found.cost,
      rank: index + 1,
      reason: describePath(framework, found, target, preferred),
    };
  });
}

function describePath(
  framework: Framework,
  found: Found,
  target: Role,
  preferred: readonly TrackId[],
): string {
  const { roles } = careerGraph(framework);
  const via = found.edges.slice(0, -1).map((edge) => roles.get(edge.to)?.title ?? edge.to);
  const kinds = found.edges.map((edge) => edge.kind.replace("-", " "));
  const count = found.edges.length === 1 ? "1 step" : `${found.edges.length} steps`;
  const route = via.length > 0 ? ` via ${via.join(", then ")}` : "";
  const track = framework.tracks.find((t) => t.id === target.track)?.name ?? target.track;
  const preference =
    preferred[0] === target.track
      ? ` It leads onto your preferred track, the ${track}.`
      : preferred.length > 0 && !preferred.includes(target.track)
        ? ` It leads onto a track you did not list as preferred, the ${track}.`
        : "";
  return `${count} to ${target.title}${route} (${kinds.join(", ")}), cost ${found.cost} from the moves and the gaps still to close.${preference}`;
}

function emptyFit(roleId: string): RoleFit {
  return { roleId, fit: 0, readiness: "stretch", gaps: [], strengths: [], unknown: [], reason: "" };
}
