import { descriptorText } from "../../framework/level-descriptor.ts";
import type { Competency, Framework } from "../../framework/schema.ts";
import { roleFit } from "../fit/role-fit.ts";
import { competencyLabel, frameworkIndex, labelOf, requireRole } from "../framework-index.ts";
import { type EngineOptions, resolveOptions } from "../options.ts";
import type { Gap, Profile } from "../types.ts";
import { formatLevel, isAre, joinWords, listSome, shortfallWords } from "../words.ts";

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

function actionsFor(competency: Competency, actual: number, expected: number): PlanAction[] {
  const actions: PlanAction[] = [];
  const first = Math.floor(actual + tolerance) + 1;
  const last = Math.ceil(expected - tolerance);
  for (let level = first; level <= last; level++) {
    const guidance = competency.growth[String(level)] ?? [];
    for (const text of guidance) actions.push({ competency: competency.id, level, text });
    if (guidance.length > 0) continue;
    const descriptor = descriptorText(competency.levels[String(level)]);
    const text = descriptor
      ? `Aim for level ${level} in ${labelOf(competency.name)}: ${labelOf(descriptor)}`
      : `Ask your manager what level ${level} in ${labelOf(competency.name)} looks like in your team.`;
    actions.push({ competency: competency.id, level, text });
  }
  return actions;
}

/**
 * A growth plan draft towards a target role: up to three focus competencies (mandatory first,
 * then the largest weighted shortfall), actions from each competency's growth guidance at the
 * levels still to reach, measurable goal suggestions and a check-in cadence.
 *
 * @example draftGrowthPlan(framework, profile, "senior-pm").focus.map((item) => item.competency)
 * // ["product-strategy", "execution"]
 */
export function draftGrowthPlan(
  framework: Framework,
  profile: Profile,
  targetRoleId: string,
  options: Partial<EngineOptions> = {},
): GrowthPlanDraft {
  const settings = resolveOptions(options);
  const title = requireRole(framework, targetRoleId).role.title;
  const fit = roleFit(framework, profile, targetRoleId, settings);
  const byId = frameworkIndex(framework).competencyById;
  const label = (id: string) => competencyLabel(framework, id);
  const plan = { targetRoleId, checkInCadenceDays: settings.checkInCadenceDays };
  if (fit.readiness === "ready") {
    const reason = `Ready for ${title} already: there is no gap to close, so a plan could aim at the role after it.`;
    return { ...plan, focus: [], actions: [], goals: [], reason };
  }
  const known = fit.gaps.filter((gap) => gap.actual !== null).sort(byPriority);
  const chosen = known.slice(0, Math.max(0, settings.planFocusMax));
  const focus: FocusCompetency[] = [];
  const actions: PlanAction[] = [];
  const goals: PlanGoal[] = [];
  for (const gap of chosen) {
    const actual = gap.actual ?? 0;
    const name = byId.get(gap.competency)?.name ?? gap.competency;
    const amount = `${shortfallWords(gap.shortfall)} short (${formatLevel(actual)} of ${formatLevel(gap.expected)})`;
    const reason = gap.mandatory
      ? `${name} is required for ${title} and is ${amount}.`
      : `${name} is ${amount} of what ${title} expects.`;
    focus.push({
      competency: gap.competency,
      mandatory: gap.mandatory,
      expected: gap.expected,
      actual,
      shortfall: gap.shortfall,
      reason,
    });
    const competency = byId.get(gap.competency);
    if (competency) actions.push(...actionsFor(competency, actual, gap.expected));
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
    parts.push(`To grow towards ${title}, focus on ${joinWords(names)} first`);
    const rest = known.length - focus.length;
    if (rest > 0) parts.push(`${rest} smaller ${rest === 1 ? "gap can" : "gaps can"} follow`);
  } else {
    parts.push(`Everything rated already meets what ${title} expects`);
  }
  if (fit.unknown.length > 0) {
    const names = fit.unknown.map(label);
    parts.push(
      `${listSome(names)} ${isAre(names)} not rated yet, so get ${names.length === 1 ? "it" : "them"} rated to complete the picture`,
    );
  }
  return { ...plan, focus, actions, goals, reason: `${parts.join("; ")}.` };
}
