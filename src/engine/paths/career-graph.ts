import type { Framework, Role, Transition } from "../../framework/schema.ts";

/** The framework's roles and transitions as an adjacency list, ready for path search. */
export interface CareerGraph {
  roles: ReadonlyMap<string, Role>;
  /** Outgoing transitions per role id, sorted by target then kind, without duplicates. */
  outgoing: ReadonlyMap<string, readonly Transition[]>;
}

const graphs = new WeakMap<Framework, CareerGraph>();

function compareTransitions(a: Transition, b: Transition): number {
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  if (a.kind !== b.kind) return a.kind < b.kind ? -1 : 1;
  return 0;
}

function buildGraph(framework: Framework): CareerGraph {
  const roles = new Map(framework.roles.map((role) => [role.id, role]));
  const outgoing = new Map<string, Transition[]>(framework.roles.map((role) => [role.id, []]));
  const seen = new Set<string>();
  for (const transition of framework.transitions) {
    const key = `${transition.from}\u0000${transition.to}\u0000${transition.kind}`;
    const list = outgoing.get(transition.from);
    if (!list || !roles.has(transition.to) || transition.from === transition.to || seen.has(key)) {
      continue;
    }
    seen.add(key);
    list.push(transition);
  }
  for (const list of outgoing.values()) list.sort(compareTransitions);
  return { roles, outgoing };
}

/**
 * The career graph of a framework, built once per framework object and cached.
 *
 * @example careerGraph(framework).outgoing.get("senior-pm") // transitions out of Senior PM
 */
export function careerGraph(framework: Framework): CareerGraph {
  let graph = graphs.get(framework);
  if (!graph) {
    graph = buildGraph(framework);
    graphs.set(framework, graph);
  }
  return graph;
}
