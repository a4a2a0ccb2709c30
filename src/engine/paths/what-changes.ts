import type { Framework, Skill } from "../../framework/schema.ts";
import { competencyLabel, frameworkIndex, requireRole } from "../framework-index.ts";
import { countWord, formatLevel, joinWords, listSome } from "../words.ts";

/** A competency whose expected level differs between two roles. */
export interface ExpectationChange {
  competency: string;
  from: number;
  to: number;
}

/** What moving from one role to another asks of a person. */
export interface RoleChange {
  from: string;
  to: string;
  rising: ExpectationChange[];
  /** Competencies the target role expects that the current role does not. */
  newExpectations: { competency: string; level: number }[];
  lowered: ExpectationChange[];
  newResponsibilities: string[];
  skillsToDevelop: Skill[];
  /** The framework's own words on what changes, for every step up the same track. */
  whatChanges: string[];
  summary: string;
}

function whatChangesText(framework: Framework, fromId: string, toId: string): string[] {
  const from = requireRole(framework, fromId).role;
  const to = requireRole(framework, toId).role;
  if (from.track !== to.track || to.rank <= from.rank) return [...to.whatChanges];
  const ladder = frameworkIndex(framework).rolesByTrack.get(to.track) ?? [];
  return ladder
    .filter((role) => role.rank > from.rank && role.rank <= to.rank)
    .flatMap((role) => role.whatChanges);
}

/**
 * What changes between two roles: expectations that rise, appear or ease, new responsibilities,
 * the skills to develop, and a summary naming both roles.
 *
 * @example whatChanges(framework, "pm", "senior-pm").summary
 * // "From Product Manager to Senior Product Manager: product strategy rises from 2 to 3, ..."
 */
export function whatChanges(
  framework: Framework,
  fromRoleId: string,
  toRoleId: string,
): RoleChange {
  const from = requireRole(framework, fromRoleId);
  const to = requireRole(framework, toRoleId);
  const rising: ExpectationChange[] = [];
  const lowered: ExpectationChange[] = [];
  const newExpectations: RoleChange["newExpectations"] = [];
  to.competencies.forEach((competency, i) => {
    const target = to.expected[i] as number;
    const current = from.role.expectations[competency];
    if (current === undefined) newExpectations.push({ competency, level: target });
    else if (target > current) rising.push({ competency, from: current, to: target });
    else if (target < current) lowered.push({ competency, from: current, to: target });
  });
  const held = new Set(from.role.responsibilities);
  const newResponsibilities = to.role.responsibilities.filter((text) => !held.has(text));
  const growing = new Set([...rising, ...newExpectations].map((change) => change.competency));
  const skillsToDevelop = from.role.skillsToDevelop.filter((skill) =>
    growing.has(skill.competency),
  );

  const label = (id: string) => competencyLabel(framework, id);
  const parts: string[] = [];
  for (const change of rising.slice(0, 3)) {
    parts.push(
      `${label(change.competency)} rises from ${formatLevel(change.from)} to ${formatLevel(change.to)}`,
    );
  }
  const more = rising.length - 3;
  if (more > 0)
    parts.push(
      more === 1 ? "one more expectation rises" : `${countWord(more)} more expectations rise`,
    );
  if (newExpectations.length > 0) {
    parts.push(`${listSome(newExpectations.map((item) => label(item.competency)))} now counts`);
  }
  if (lowered.length > 0) {
    parts.push(`less is expected in ${listSome(lowered.map((item) => label(item.competency)))}`);
  }
  if (newResponsibilities.length > 0) {
    const count = newResponsibilities.length;
    parts.push(`${countWord(count)} new ${count === 1 ? "responsibility" : "responsibilities"}`);
  }
  const skills = skillsToDevelop.map((skill) => skill.name);
  if (skills.length > 0) parts.push(`skills to develop: ${joinWords(skills)}`);
  const heading = `From ${from.role.title} to ${to.role.title}`;
  const summary =
    parts.length === 0
      ? `${heading}: the expectations and responsibilities stay the same.`
      : `${heading}: ${parts.join("; ")}.`;
  return {
    from: fromRoleId,
    to: toRoleId,
    rising,
    newExpectations,
    lowered,
    newResponsibilities,
    skillsToDevelop,
    whatChanges: whatChangesText(framework, fromRoleId, toRoleId),
    summary,
  };
}
