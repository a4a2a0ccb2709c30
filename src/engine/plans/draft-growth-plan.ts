import { descriptorCriteria } from "../../framework/level-descriptor.ts";
import type { Competency, Framework } from "../../framework/schema.ts";
import { roleFit } from "../fit/role-fit.ts";
import { competencyLabel, frameworkIndex, labelOf, requireRole } from "../framework-index.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Gap, Profile, Strength } from "../types.ts";
import {
  capitalise,
  countWord,
  formatLevel,
  isAre,
  joinWords,
  listSome,
  shortfallWords,
} from "../words.ts";

/** A competency a growth plan concentrates on, and why. */
export interface FocusCompetency {
  competency: string;
  mandatory: boolean;
  expected: number;
  actual: number;
  shortfall: number;
  reason: string;
}

/** A concrete action from the competency's growth guidance at a level still to reach. */
export interface PlanAction {
  competency: string;
  level: number;
  text: string;
}

/** A measurable goal suggestion (never a deadline). */
export interface PlanGoal {
  competency: string;
  text: string;
}

/** A growth plan draft towards one role, ready for a person and their manager to edit. */
export interface GrowthPlanDraft {
  targetRoleId: string;
  focus: FocusCompetency[];
  actions: PlanAction[];
  goals: PlanGoal[];
  checkInCadenceDays: number;
  reason: string;
}

const tolerance = 1e-9;

function byPriority(a: Gap, b: Gap): number {
  if (a.mandatory !== b.mandatory) return a.mandatory ? -1 : 1;
  const difference = b.shortfall * b.weight - a.shortfall * a.weight;
  if (difference !== 0) return difference;
  return a.competency < b.competency ? -1 : a.competency > b.competency ? 1 : 0;
}

/**
 * Criteria as one sentence: "a, b and c", or "a; b, c; and d" when a criterion has a comma of
 * its own, so each still reads as one.
 */
function joinCriteria(criteria: readonly string[]): string {
  if (!criteria.some((criterion) => criterion.includes(","))) return joinWords(criteria);
  if (criteria.length <= 1) return criteria[0] ?? "";
  return `${criteria.slice(0, -1).join("; ")}; and ${criteria[criteria.length - 1]}`;
}

/** The actions for the one level after `actual`: what to do next, not everything up to the role. */
function actionsAtNextLevel(competency: Competency, actual: number): PlanAction[] {
  const level = Math.min(5, Math.floor(actual + tolerance) + 1);
  const guidance = competency.growth[String(level)] ?? [];
  if (guidance.length > 0)
    return guidance.map((text) => ({ competency: competency.id, level, text }));
  const criteria = descriptorCriteria(competency.levels[String(level)]).map((criterion) =>
    labelOf(criterion.trim().replace(/\.$/, "")),
  );
  const text =
    criteria.length > 0
      ? `Aim for level ${level} in ${labelOf(competency.name)}: ${joinCriteria(criteria)}.`
      : `Ask your manager what level ${level} in ${labelOf(competency.name)} looks like in your team.`;
  return [{ competency: competency.id, level, text }];
}

/** Takes actions from each list in turn, so every focus competency gets its share of `most`. */
function interleave(lists: readonly PlanAction[][], most: number): PlanAction[] {
  const taken: PlanAction[] = [];
  for (let round = 0; taken.length < most; round++) {
    let any = false;
    for (const list of lists) {
      const action = list[round];
      if (action === undefined) continue;
      any = true;
      if (taken.length < most) taken.push(action);
    }
    if (!any) break;
  }
  return taken;
}

/** Most actions a growth plan draft suggests: few enough to act on between check-ins. */
export const planActionsMax = 6;

/** Roles up to this rank are early levels, where the role's named skills come first. */
const earlyRank = 2;

interface Candidate {
  gap: Gap;
  /** The role whose expectation it is: the current role's gaps come before the target's. */
  roleTitle: string;
  current: boolean;
}

/**
 * A growth plan draft towards a target role: at most three focus competencies (gaps in the
 * current role first, then the skills the person's level names for early levels, then the
 * target's gaps, required ones and the largest first), at most six actions at the level the
 * person is at, measurable goal suggestions and a check-in cadence. Towards a role already met it
 * says what to deepen.
 *
 * @example draftGrowthPlan(framework, profile, "senior-pm", {}, "pm").focus.map((item) => item.competency)
 * // ["strategy", "influence"]
 */
export function draftGrowthPlan(
  framework: Framework,
  profile: Profile,
  targetRoleId: string,
  options: Partial<EngineOptions> = {},
  currentRoleId: string | null = null,
): GrowthPlanDraft {
  const settings = resolveOptions(options);
  const target = requireRole(framework, targetRoleId).role;
  const title = target.title;
  const fit = roleFit(framework, profile, targetRoleId, settings);
  const byId = frameworkIndex(framework).competencyById;
  const label = (id: string) => competencyLabel(framework, id);
  const plan = { targetRoleId, checkInCadenceDays: settings.checkInCadenceDays };
  const most = Math.max(0, Math.min(3, settings.planFocusMax));
  const current =
    currentRoleId !== null && currentRoleId !== targetRoleId
      ? framework.roles.find((role) => role.id === currentRoleId)
      : undefined;

  const candidates: Candidate[] = [];
  const seen = new Set<string>();
  if (current) {
    const currentFit = roleFit(framework, profile, current.id, settings);
    for (const gap of currentFit.gaps.filter((g) => g.actual !== null).sort(byPriority)) {
      seen.add(gap.competency);
      candidates.push({ gap, roleTitle: current.title, current: true });
    }
  }
  const known = fit.gaps.filter((gap) => gap.actual !== null).sort(byPriority);
  const level = current ?? target;
  if (level.rank <= earlyRank) {
    // Early levels: the skills the ladder names for the level lead, in the ladder's order.
    const named = level.skillsToDevelop.map((skill) => skill.competency);
    known.sort((a, b) => rankOf(named, a.competency) - rankOf(named, b.competency));
  }
  for (const gap of known) {
    if (seen.has(gap.competency)) continue;
    seen.add(gap.competency);
    candidates.push({ gap, roleTitle: title, current: false });
  }

  if (candidates.length === 0 && fit.unknown.length === 0) {
    return { ...plan, ...deepen(framework, fit.strengths, title, most) };
  }
  const chosen = candidates.slice(0, most);
  const focus: FocusCompetency[] = [];
  const lists: PlanAction[][] = [];
  const goals: PlanGoal[] = [];
  for (const { gap, roleTitle, current: isCurrent } of chosen) {
    const actual = gap.actual ?? 0;
    const name = byId.get(gap.competency)?.name ?? gap.competency;
    const amount = `${shortfallWords(gap.shortfall)} short (${formatLevel(actual)} of ${formatLevel(gap.expected)})`;
    const where = isCurrent ? `your current role, ${roleTitle}` : roleTitle;
    const reason = gap.mandatory
      ? `${name} is required for ${where} and is ${amount}.`
      : `${name} is ${amount} of what ${where} expects.`;
    focus.push({
      competency: gap.competency,
      mandatory: gap.mandatory,
      expected: gap.expected,
      actual,
      shortfall: gap.shortfall,
      reason,
    });
    const competency = byId.get(gap.competency);
    if (competency) lists.push(actionsAtNextLevel(competency, actual));
    goals.push({
      competency: gap.competency,
      text: `Reach level ${formatLevel(gap.expected)} in ${label(gap.competency)}, shown by at least two evidence entries for it and confirmed in the next manager assessment.`,
    });
  }
  for (const competency of fit.unknown) {
    goals.push({
      competency,
      text: `Have ${label(competency)} rated by yourself and your manager, so the distance to ${title} is known.`,
    });
  }
  const parts: string[] = [];
  if (focus.length > 0) {
    const names = focus.map((item) =>
      item.mandatory ? `${label(item.competency)} (required)` : label(item.competency),
    );
    const currentFirst = chosen.some((candidate) => candidate.current)
      ? ` (starting with what ${current?.title} itself expects)`
      : "";
    parts.push(`To grow towards ${title}, focus on ${joinWords(names)} first${currentFirst}`);
    const rest = candidates.length - focus.length;
    if (rest > 0)
      parts.push(`${countWord(rest)} smaller ${rest === 1 ? "gap can" : "gaps can"} follow`);
  } else {
    parts.push(`Everything rated already meets what ${title} expects`);
  }
  if (fit.unknown.length > 0) {
    const names = fit.unknown.map(label);
    parts.push(
      `${listSome(names)} ${isAre(names)} not rated yet, so get ${names.length === 1 ? "it" : "them"} rated to complete the picture`,
    );
  }
  return {
    ...plan,
    focus,
    actions: interleave(lists, planActionsMax),
    goals,
    reason: `${parts.join("; ")}.`,
  };
}

function rankOf(named: readonly string[], competency: string): number {
  const position = named.indexOf(competency);
  return position < 0 ? named.length : position;
}

/** For a role already met: the strengths with the least margin, to deepen at the next level. */
function deepen(
  framework: Framework,
  strengths: readonly Strength[],
  title: string,
  most: number,
): Omit<GrowthPlanDraft, "targetRoleId" | "checkInCadenceDays"> {
  const byId = frameworkIndex(framework).competencyById;
  const chosen = [...strengths]
    .filter((strength) => strength.actual < 5 - tolerance)
    .sort(
      (a, b) =>
        a.actual - a.expected - (b.actual - b.expected) || (a.competency < b.competency ? -1 : 1),
    )
    .slice(0, most);
  const focus: FocusCompetency[] = chosen.map((strength) => ({
    competency: strength.competency,
    mandatory: false,
    expected: strength.expected,
    actual: strength.actual,
    shortfall: 0,
    reason: `${capitalise(competencyLabel(framework, strength.competency))} meets what ${title} expects (${formatLevel(strength.actual)} of ${formatLevel(strength.expected)}); deepening it is the next stretch.`,
  }));
  const lists: PlanAction[][] = [];
  for (const strength of chosen) {
    const competency = byId.get(strength.competency);
    if (competency) lists.push(actionsAtNextLevel(competency, strength.actual));
  }
  const names = chosen.map((strength) => competencyLabel(framework, strength.competency));
  const reason =
    names.length > 0
      ? `Every rated expectation of ${title} is met; to deepen the role, build on ${joinWords(names)}, where the next level asks more.`
      : `Every rated expectation of ${title} is met at the top of the scale; a plan could aim at the role after it.`;
  const goals: PlanGoal[] = chosen.map((strength) => ({
    competency: strength.competency,
    text: `Show level ${formatLevel(Math.min(5, Math.floor(strength.actual + tolerance) + 1))} in ${competencyLabel(framework, strength.competency)} through at least two evidence entries.`,
  }));
  return { focus, actions: interleave(lists, planActionsMax), goals, reason };
}
