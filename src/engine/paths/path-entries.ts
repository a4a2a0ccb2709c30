import type { EntryRoute, Framework, Role } from "../../framework/schema.ts";
import type { EngineOptions } from "../options.ts";
import { placeEntry } from "../placement/place-entry.ts";
import { careerGraph } from "./career-graph.ts";
import type { FindPathsInput, PathEdge } from "./find-paths-input.ts";

/**
 * The first moves for someone outside: the recommended entry roles when a background is given,
 * otherwise every role an entry route leads to (each role once, through its first route by id).
 */
export function entryEdges(
  framework: Framework,
  input: FindPathsInput,
  avoid: ReadonlySet<string>,
  stepCost: (role: Role, kind: "entry") => number,
  options?: Partial<EngineOptions>,
): PathEdge[] {
  const { roles } = careerGraph(framework);
  const routes = new Map(framework.entryRoutes.map((route) => [route.id, route]));
  const chosen = new Map<string, EntryRoute>();
  if (input.background) {
    const placement = placeEntry(framework, input.background, input.profile, options);
    for (const pick of placement.recommended) {
      const route = routes.get(pick.routeId);
      if (route) chosen.set(pick.roleId, route);
    }
  } else {
    const sorted = [...framework.entryRoutes].sort((a, b) =>
      a.id < b.id ? -1 : a.id > b.id ? 1 : 0,
    );
    for (const route of sorted) {
      for (const entry of route.enterAt) if (!chosen.has(entry.role)) chosen.set(entry.role, route);
    }
  }
  const edges: PathEdge[] = [];
  for (const roleId of [...chosen.keys()].sort()) {
    const role = roles.get(roleId);
    if (!role || avoid.has(roleId)) continue;
    edges.push({
      from: null,
      to: roleId,
      kind: "entry",
      cost: stepCost(role, "entry"),
      route: chosen.get(roleId),
    });
  }
  return edges;
}
