import { checkLevelMapping } from "../../framework/check-level-mapping.ts";
import type { Framework } from "../../framework/schema.ts";
import { carryAssessments } from "../profile/carry-assessments.ts";
import type { Assessment, Person, Preferences } from "../types.ts";
import { capitalise, isAre, joinWords, listSome } from "../words.ts";
import { lineageMappings } from "./lineage-mappings.ts";
import type {
  CompetencyHistory,
  FrameworkWithLineage,
  PublishFacts,
  PublishPlan,
  RoleChange,
  UnmappedRole,
} from "./publish-plan-types.ts";
import { readinessMoves } from "./readiness-moves.ts";

function titleOf(framework: Framework, roleId: string): string {
  return framework.roles.find((role) => role.id === roleId)?.title ?? roleId;
}

function nameOf(framework: Framework, competencyId: string): string {
  return framework.competencies.find((c) => c.id === competencyId)?.name ?? competencyId;
}

function ratingWords(count: number): string {
  return count === 1 ? "1 rating" : `${count} ratings`;
}

/**
 * What publishing `next` over `current` does, before it does it: whose role is renamed, merged,
 * mapped by the admin or lost (which refuses the publish), which competencies' history carries
 * over, merges, splits or is dropped (with rating counts), how readiness for the next role moves
 * across the organisation and why, and the rows to rewrite so people, plans, goals, title
 * mappings, open feedback requests and preferences follow the new ids.
 *
 * @example planFrameworkPublish(current, next, facts, { "chief-of-staff": "group-pm" }).preview.summary
 */
export function planFrameworkPublish(
  current: FrameworkWithLineage | null,
  next: FrameworkWithLineage,
  facts: PublishFacts,
  roleMapping: Readonly<Record<string, string>> = {},
): PublishPlan {
  const target = next.framework;
  const mappings = current ? lineageMappings(next.lineage, current.framework) : null;
  const inLineage = mappings?.inLineage ?? false;
  const newRoles = new Set(target.roles.map((role) => role.id));
  const newCompetencies = new Set(target.competencies.map((c) => c.id));
  const problems: PublishPlan["problems"] = [];

  for (const [oldId, newId] of Object.entries(roleMapping)) {
    if (!newRoles.has(newId)) {
      problems.push({
        path: ["roleMapping", oldId],
        message: `${target.name} ${target.version} has no role "${newId}" to map ${oldId} to.`,
        hint: `Map it to one of: ${listSome(
          target.roles.map((role) => role.id),
          8,
        )}.`,
      });
    }
  }

  // Every step from the current version on must say how its scale's levels read, if it changed.
  if (current && inLineage) {
    const steps = next.lineage.steps.map((step) => step.framework);
    const at = steps.findIndex(
      (f) => f.id === current.framework.id && f.version === current.framework.version,
    );
    for (let index = at; index > 0; index -= 1) {
      for (const issue of checkLevelMapping(
        steps[index] as Framework,
        steps[index - 1] as Framework,
      )) {
        problems.push({ path: issue.path, message: issue.message, hint: issue.hint });
      }
    }
  }

  // A role id of the current version: where it goes, and how.
  const sources = new Map<string, string[]>();
  const mapRole = (id: string): { to: string | null; mapped: boolean } => {
    const chosen = roleMapping[id];
    if (chosen !== undefined && newRoles.has(chosen)) return { to: chosen, mapped: true };
    if (mappings?.inLineage) return { to: mappings.role(id), mapped: false };
    return { to: newRoles.has(id) ? id : null, mapped: false };
  };
  for (const role of current?.framework.roles ?? []) {
    const to = mapRole(role.id).to;
    if (to !== null) sources.set(to, [...(sources.get(to) ?? []), role.id]);
  }
  const mapCompetency = (id: string): string[] => {
    if (mappings?.inLineage) return mappings.competency(id);
    return newCompetencies.has(id) ? [id] : [];
  };
  const mapCompetencies = (ids: readonly string[]) => [...new Set(ids.flatMap(mapCompetency))];
  const mapRoles = (ids: readonly string[]) => [
    ...new Set(ids.flatMap((id) => mapRole(id).to ?? [])),
  ];

  const roleChanges: RoleChange[] = [];
  const lost = new Map<string, string[]>();
  const updates: PublishPlan["updates"] = {
    people: [],
    plans: [],
    goals: [],
    titleMappings: [],
    openFeedback: [],
    withdrawnFeedback: [],
  };
  const fromFramework = current?.framework ?? target;
  const movedPeople: Person[] = [];
  for (const person of facts.people) {
    let roleId = person.roleId;
    if (person.roleId !== null) {
      const { to, mapped } = mapRole(person.roleId);
      if (to === null) {
        lost.set(person.roleId, [...(lost.get(person.roleId) ?? []), person.name]);
      } else if (to !== person.roleId) {
        const merged = (sources.get(to) ?? []).length > 1;
        roleChanges.push({
          personId: person.id,
          name: person.name,
          fromRoleId: person.roleId,
          fromTitle: titleOf(fromFramework, person.roleId),
          toRoleId: to,
          toTitle: titleOf(target, to),
          kind: mapped ? "mapped" : merged ? "merged" : "renamed",
        });
      }
      roleId = to;
    }
    const preferences: Preferences | null = person.preferences
      ? {
          ...person.preferences,
          targetRoles: mapRoles(person.preferences.targetRoles),
          avoidRoles: mapRoles(person.preferences.avoidRoles),
        }
      : null;
    const changed =
      roleId !== person.roleId ||
      JSON.stringify(preferences) !== JSON.stringify(person.preferences ?? null);
    if (changed && !(person.roleId !== null && roleId === null)) {
      updates.people.push({ id: person.id, roleId, preferences });
    }
    movedPeople.push({
      id: person.id,
      name: person.name,
      roleId,
      managerId: null,
      team: null,
      ...(preferences ? { preferences } : {}),
    });
  }
  const unmappedRoles: UnmappedRole[] = [...lost].map(([roleId, names]) => {
    const title = titleOf(fromFramework, roleId);
    return {
      roleId,
      title,
      people: names,
      sentence: `${title} is not in ${target.version} and nothing maps it, so ${listSome(names)} would be left without a role.`,
    };
  });
  for (const role of unmappedRoles) {
    problems.push({
      path: ["roleMapping", role.roleId],
      message: role.sentence,
      hint: `Add "${role.roleId}" to the role mapping with the role these people hold in ${target.version} (e.g. ${target.roles[0]?.id ?? "a role id"}).`,
    });
  }

  for (const plan of facts.plans) {
    const targetRoleId = plan.targetRoleId === null ? null : mapRole(plan.targetRoleId).to;
    const focusCompetencies = mapCompetencies(plan.focusCompetencies);
    if (
      targetRoleId !== plan.targetRoleId ||
      focusCompetencies.join() !== plan.focusCompetencies.join()
    ) {
      updates.plans.push({ id: plan.id, targetRoleId, focusCompetencies });
    }
  }
  for (const goal of facts.goals) {
    if (goal.competency === null) continue;
    const competency = mapCompetency(goal.competency)[0] ?? null;
    if (competency !== goal.competency) updates.goals.push({ id: goal.id, competency });
  }
  for (const mapping of facts.titleMappings) {
    const roleId = mapRole(mapping.roleId).to;
    if (roleId !== mapping.roleId) updates.titleMappings.push({ id: mapping.id, roleId });
  }
  for (const request of facts.openFeedback) {
    const competencies = mapCompetencies(request.competencies);
    if (competencies.length === 0 && request.competencies.length > 0) {
      // Left open, it would ask for ratings of nothing: close it, saying why.
      const names = request.competencies.map((id) => nameOf(fromFramework, id));
      updates.withdrawnFeedback.push({
        id: request.id,
        reason: `Closed when ${target.name} ${target.version} was published: ${joinWords(names)} ${isAre(names)} no longer in the framework, so nothing was left to rate.`,
      });
    } else if (competencies.join() !== request.competencies.join()) {
      updates.openFeedback.push({ id: request.id, competencies });
    }
  }

  // Ratings carry only along the lineage: another framework's same ids are a coincidence.
  const carriesAs = (id: string) => (mappings?.inLineage ? mappings.competency(id) : []);
  const competencies = competencyHistory(current, next, facts.assessments, carriesAs);
  const readiness = readinessMoves(current, next, facts, movedPeople, competencies, inLineage);
  const from = current
    ? { name: current.framework.name, version: current.framework.version }
    : null;
  const summary = summarise(current, next, inLineage, roleChanges, unmappedRoles, competencies);
  for (const problem of problems) {
    if (problem.path[0] === "migration") summary.push(`${capitalise(problem.message)}.`);
  }
  summary.push(...readiness.moves.map((move) => move.sentence));
  const withdrawn = updates.withdrawnFeedback.length;
  if (withdrawn > 0) {
    summary.push(
      `${withdrawn === 1 ? "1 open feedback request asks" : `${withdrawn} open feedback requests ask`} only about competencies this version retires; publishing closes ${withdrawn === 1 ? "it" : "them"} and tells the asker why.`,
    );
  }
  return {
    preview: {
      from,
      to: { name: target.name, version: target.version },
      historyCarriesOver: inLineage,
      roleChanges,
      unmappedRoles,
      competencies,
      readiness,
      roleChoices: target.roles.map((role) => ({ roleId: role.id, title: role.title })),
      canPublish: problems.length === 0,
      summary,
    },
    updates,
    problems,
  };
}

function competencyHistory(
  current: FrameworkWithLineage | null,
  next: FrameworkWithLineage,
  assessments: readonly Assessment[],
  mapCompetency: (id: string) => string[],
): CompetencyHistory[] {
  const target = next.framework;
  if (current === null) return [];
  const carried = carryAssessments(current.lineage, assessments).assessments;
  const counts = new Map<string, number>();
  for (const rating of carried.flatMap((assessment) => assessment.ratings)) {
    counts.set(rating.competency, (counts.get(rating.competency) ?? 0) + 1);
  }
  const targets = new Map(current.framework.competencies.map((c) => [c.id, mapCompetency(c.id)]));
  const reached = new Map<string, number>();
  for (const ids of targets.values())
    for (const id of ids) reached.set(id, (reached.get(id) ?? 0) + 1);
  const history: CompetencyHistory[] = current.framework.competencies.map((competency) => {
    const into = targets.get(competency.id) ?? [];
    const ratings = counts.get(competency.id) ?? 0;
    const names = into.map((id) => nameOf(target, id));
    const base = { competencyId: competency.id, name: competency.name, into: names, ratings };
    const rated = ratingWords(ratings);
    if (into.length === 0) {
      return {
        ...base,
        fate: "dropped",
        sentence: `${competency.name}: its ${rated} no longer count, because ${target.version} does not carry it over.`,
      };
    }
    if (into.length > 1) {
      return {
        ...base,
        fate: "split",
        sentence: `${competency.name} is split into ${joinWords(names)}; its ${rated} count for each.`,
      };
    }
    const only = into[0] as string;
    if ((reached.get(only) ?? 0) > 1) {
      return {
        ...base,
        fate: "merged",
        sentence: `${competency.name} is merged into ${names[0]}; its ${rated} count there, averaged with the others merged in.`,
      };
    }
    if (only !== competency.id || names[0] !== competency.name) {
      return {
        ...base,
        fate: "renamed",
        sentence: `${competency.name} continues as ${names[0]}, with its ${rated}.`,
      };
    }
    return {
      ...base,
      fate: "carried",
      sentence: `${competency.name} carries over with its ${rated}.`,
    };
  });
  for (const competency of target.competencies) {
    if (reached.has(competency.id)) continue;
    history.push({
      competencyId: competency.id,
      name: competency.name,
      fate: "new",
      into: [competency.name],
      ratings: 0,
      sentence: `${competency.name} is new: nobody has rated it yet.`,
    });
  }
  return history;
}

function summarise(
  current: FrameworkWithLineage | null,
  next: FrameworkWithLineage,
  inLineage: boolean,
  roleChanges: readonly RoleChange[],
  unmappedRoles: readonly UnmappedRole[],
  competencies: readonly CompetencyHistory[],
): string[] {
  const target = next.framework;
  const lines: string[] = [];
  if (current === null) {
    lines.push(`${target.name} ${target.version} becomes the organisation's first framework.`);
  } else if (inLineage) {
    lines.push(
      `${target.name} ${target.version} replaces ${current.framework.version}; ratings carry over through its migration mapping.`,
    );
  } else {
    lines.push(
      `${target.name} ${target.version} is another framework than ${current.framework.name}: no rating carries over, and profiles start again with the first assessment made against it.`,
    );
  }
  lines.push(...unmappedRoles.map((role) => role.sentence));
  const byChange = new Map<string, RoleChange[]>();
  for (const change of roleChanges) {
    const key = `${change.fromTitle}>${change.toTitle}>${change.kind}`;
    byChange.set(key, [...(byChange.get(key) ?? []), change]);
  }
  for (const changes of byChange.values()) {
    const first = changes[0] as RoleChange;
    const how =
      first.kind === "mapped"
        ? "moves, as mapped,"
        : first.kind === "merged"
          ? "is merged"
          : "is renamed";
    lines.push(
      `${first.fromTitle} ${how} into ${first.toTitle}: ${listSome(changes.map((c) => c.name))} ${changes.length === 1 ? "holds" : "hold"} it.`,
    );
  }
  for (const competency of competencies) {
    if (competency.fate !== "carried") lines.push(competency.sentence);
  }
  return lines;
}
