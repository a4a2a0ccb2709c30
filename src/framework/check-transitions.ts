import { ordinal } from "./entry-words.ts";
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
    return `a ${kind} must lead to a more senior role, but it goes from "${from.id}" (rank ${from.rank}) to "${to.id}" (rank ${to.rank})`;
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
        message: `this transition leads from "${from}" back to itself`,
        hint: "Change its to: to a different role, or remove the transition.",
        path: ["transitions", i, "to"],
      });
    }
    const key = `${from} ${to} ${kind}`;
    const first = seen.get(key);
    if (first !== undefined) {
      drafts.push({
        code: "duplicate-transition",
        message: `the ${kind} from "${from}" to "${to}" is already listed as the ${ordinal(first + 1)} transition`,
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
        hint: "For a move across or down, use kind track-switch, lateral or pivot; otherwise fix the roles' ranks.",
        path: ["transitions", i, "kind"],
      });
    }
  });
  return drafts;
}
