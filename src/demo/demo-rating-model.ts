import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import { nextRoles, roleOf } from "./demo-career.ts";
import type { DemoTraits } from "./demo-traits.ts";

/** How much a demo person's proficiency grows per year, so older ratings sit lower. */
const growthPerYear = 0.35;

/** Per competency, the level a role expects; any it leaves out sit a level below its mean. */
export function expectedLevels(framework: Framework, roleId: string): Record<string, number> {
  const role = roleOf(framework, roleId);
  const values = Object.values(role.expectations);
  const mean =
    values.length > 0 ? values.reduce((sum, value) => sum + value, 0) / values.length : 2;
  const levels: Record<string, number> = {};
  for (const competency of framework.competencies) {
    levels[competency.id] = role.expectations[competency.id] ?? Math.max(1, Math.round(mean - 1));
  }
  return levels;
}

/**
 * A person's proficiency per competency today: their role's expectations, moved towards the
 * next role by their momentum, bent by their strengths and weaker spots.
 */
export function currentLevels(
  framework: Framework,
  roleId: string,
  traits: DemoTraits,
): Record<string, number> {
  const here = expectedLevels(framework, roleId);
  const next = nextRoles(framework, roleId, ["promotion"])[0];
  const there = next ? expectedLevels(framework, next) : here;
  const levels: Record<string, number> = {};
  for (const [competency, level] of Object.entries(here)) {
    const towards = (there[competency] ?? level) - level;
    levels[competency] = level + traits.momentum * towards + (traits.shape[competency] ?? 0);
  }
  return levels;
}

/** One rater's whole-number rating, `yearsAgo` before today, with their bias and some noise. */
export function rateLevel(options: {
  level: number;
  yearsAgo: number;
  bias: number;
  scale: { min: number; max: number };
  random: Random;
}): number {
  const { level, yearsAgo, bias, scale, random } = options;
  const raw = level - growthPerYear * yearsAgo + bias + random.between(-0.45, 0.45);
  return Math.min(scale.max, Math.max(scale.min, Math.round(raw)));
}

/** The lowest and highest level of the framework's proficiency scale. */
export function scaleRange(framework: Framework): { min: number; max: number } {
  const levels = framework.scale.map((step) => step.level);
  return { min: Math.min(...levels), max: Math.max(...levels) };
}
