import type { IssueDraft } from "./framework-issue.ts";
import type { Framework } from "./schema.ts";

/** Roles reachable from the entry routes' roles by following transitions (breadth first). */
function reachableFromEntries(framework: Framework): Set<string> {
  const next = new Map<string, string[]>();
  for (const t of framework.transitions) next.set(t.from, [...(next.get(t.from) ?? []), t.to]);
  const queue = framework.entryRoutes.flatMap((route) => route.enterAt.map((entry) => entry.role));
  const reached = new Set(queue);
  for (let id = queue.shift(); id !== undefined; id = queue.shift()) {
    for (const to of next.get(id) ?? []) {
      if (reached.has(to)) continue;
      reached.add(to);
      queue.push(to);
    }
  }
  return reached;
}

/**
 * Finds roles nobody can reach: with entry routes, those no route and chain of transitions leads
 * to; without any, those no transition leads to.
 */
export function checkReachability(framework: Framework): IssueDraft[] {
  const hasEntries = framework.entryRoutes.length > 0;
  const reached = hasEntries
    ? reachableFromEntries(framework)
    : new Set(framework.transitions.map((t) => t.to));
  return framework.roles.flatMap((role, i): IssueDraft[] =>
    reached.has(role.id)
      ? []
      : [
          {
            code: "unreachable-role",
            message: hasEntries
              ? `no entry route or chain of transitions from one leads to role "${role.id}"`
              : `no transition leads to role "${role.id}"`,
            hint: `Add a transition with to: ${role.id} from a reachable role, or list it under an entry route's enterAt.`,
            path: ["roles", i, "id"],
          },
        ],
  );
}
