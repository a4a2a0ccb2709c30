import type { Framework } from "../framework/schema.ts";
import type { Random } from "./create-random.ts";
import type { DemoAmbition } from "./demo-preferences.ts";

/** The hidden facts that shape a demo person's ratings, so their story hangs together. */
export interface DemoTraits {
  ambition: DemoAmbition;
  /** Years since joining; at least a year, so everyone has two assessment rounds. */
  tenure: number;
  /** How far from their current role towards the next one they have grown, 0 to 1. */
  momentum: number;
  /** Competency id -> how far above (+) or below (-) their usual level they are. */
  shape: Record<string, number>;
  /** How much more generous their self-ratings are than their manager's view. */
  selfBias: number;
  /** How generous they are when they rate others. */
  leniency: number;
}

/** Draws a person's traits: one or two strengths, a weaker spot, momentum and rater habits. */
export function demoTraits(options: {
  framework: Framework;
  seniority: number;
  ambition: DemoAmbition;
  isTop: boolean;
  random: Random;
}): DemoTraits {
  const { framework, random } = options;
  const ids = random.shuffle(framework.competencies.map((competency) => competency.id));
  const shape: Record<string, number> = {};
  const [strong, weak, second] = ids;
  if (strong) shape[strong] = 1;
  if (weak) shape[weak] = -1;
  if (second && random.chance(0.5)) shape[second] = 0.6;
  const biasDraw = random.next();
  const longest = options.isTop ? 6 : 1.8 + options.seniority * 6;
  return {
    ambition: options.ambition,
    tenure: random.between(1.1, Math.max(1.4, longest)),
    momentum: random.pick([0, 0.2, 0.4, 0.6, 0.9]),
    shape,
    selfBias: biasDraw < 0.35 ? random.between(0.5, 0.9) : biasDraw < 0.5 ? -0.4 : 0,
    leniency: random.between(-0.3, 0.3),
  };
}
