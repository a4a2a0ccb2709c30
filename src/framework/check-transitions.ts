import type { IssueDraft } from "./framework-issue.ts";
import type { Framework, Role } from "./schema.ts";

function rankProblem(kind: string, from: Role, to: Role): string | null {
  if (kind === "promotion" && from.track !== to.track) {
    return `a promotion stays on one track, but "${from.id}" is ${from.track} and "${to.id}" is ${to.track}`;
  }
  if (
    (kind === "promotion" || kind === "skip") &&
    from.track === to.track &&
    to.rank <= from.rank
  ) {
    return `rank goes from ${from.rank} ("${from.id}") to ${to.rank} ("${to.id}"): a ${kind} must go up`;
  }
  return null;
}

/** Checks transitions: no role leads to itself, promotions rise within a track, no edge repeats. */
export function checkTransitions(framework: Framework): IssueDraft[] {
  const roles = new Map(framework.roles.map((role) => [role.id, role]));
  const seen = new Map<string, number>();
  const drafts: IssueDraft[] = [];
  framework.transitions.forEach((transition, i) => {
    const { from, to, kind } = transition;
    if (from === to) {
      drafts.push({
        code: "self-transition",
        message: `transition from "${from}" to itself`,
        hint: "Point `to` at a different role, or remove the transition.",
        path: ["transitions", i, "to"],
      });
    }
    const key = `${from} ${to} ${kind}`;
    const first = seen.get(key);
    if (first !== undefined) {
      drafts.push({
        code: "duplicate-transition",
        message: `the ${kind} from "${from}" to "${to}" is already listed at transitions[${first}]`,
        hint: "Keep one entry per move; put extra context in its notes.",
        path: ["transitions", i],
      });
    } else seen.set(key, i);
    const fromRole = roles.get(from);
    const toRole = roles.get(to);
    const problem = fromRole && toRole && from !== to ? rankProblem(kind, fromRole, toRole) : null;
    if (problem) {
      drafts.push({
        code: "rank-not-rising",
        message: problem,
        hint: "Use kind track-switch, lateral or pivot for moves across or down, or fix the ranks.",
        path: ["transitions", i, "kind"],
      });
    }
  });
  return drafts;
}
