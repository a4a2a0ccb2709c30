import type {
  Assessment,
  CompetencyScore,
  Evidence,
  Person,
  Profile,
  Rating,
} from "../src/engine/types.ts";
import { type Framework, type FrameworkInput, frameworkSchema } from "../src/framework/schema.ts";
import { buildFrameworkInput } from "./build-framework-input.ts";

export { buildFrameworkInput };

/** A small valid framework, parsed so defaults are filled in exactly as loading does. */
export function buildFramework(overrides: Partial<FrameworkInput> = {}): Framework {
  return frameworkSchema.parse(buildFrameworkInput(overrides));
}

let sequence = 0;

/** A submitted assessment; `levels` is a shorthand for ratings without notes or evidence. */
export function buildAssessment(
  overrides: Partial<Assessment> & { levels?: Record<string, number> } = {},
): Assessment {
  sequence += 1;
  const { levels: shorthand, ...rest } = overrides;
  const ratings: Rating[] = Object.entries(shorthand ?? {}).map(([competency, level]) => ({
    competency,
    level,
  }));
  return {
    id: `assessment-${String(sequence).padStart(4, "0")}`,
    personId: "person-1",
    raterId: "manager-1",
    raterKind: "manager",
    frameworkVersion: "1.0.0",
    submittedAt: "2026-01-15T10:00:00.000Z",
    ratings,
    ...rest,
  };
}

/** An evidence entry in the impact log of person-1, visible to their manager. */
export function buildEvidence(overrides: Partial<Evidence> = {}): Evidence {
  sequence += 1;
  return {
    id: `evidence-${String(sequence).padStart(4, "0")}`,
    personId: "person-1",
    date: "2026-01-10",
    title: "Launched onboarding revamp",
    outcome: "Activation up 12%",
    competencies: ["execution"],
    visibility: "manager",
    ...overrides,
  };
}

/** A Product Manager in the growth team with no preferences. */
export function buildPerson(overrides: Partial<Person> = {}): Person {
  return {
    id: "person-1",
    name: "Alex Rivera",
    roleId: "pm",
    managerId: "manager-1",
    team: "growth",
    ...overrides,
  };
}

/** A profile straight from levels (manager-rated, full confidence); unlisted competencies are unknown. */
export function buildProfile(
  options: {
    levels?: Record<string, number | null>;
    framework?: Framework;
    personId?: string;
  } = {},
): Profile {
  const framework = options.framework ?? buildFramework();
  const competencies: Record<string, CompetencyScore> = {};
  for (const { id, name } of framework.competencies) {
    const level = options.levels?.[id] ?? null;
    competencies[id] = {
      competency: id,
      level,
      byRater: level === null ? {} : { manager: level },
      raters: level === null ? 0 : 1,
      spread: 0,
      confidence: level === null ? 0 : 1,
      confidenceLevel: level === null ? "low" : "high",
      lowConfidence: level === null,
      selfVsManager: null,
      evidenceCount: 0,
      reason: level === null ? `${name} is not rated yet.` : `${name} is rated ${level}.`,
    };
  }
  return {
    personId: options.personId ?? "person-1",
    frameworkVersion: framework.version,
    competencies,
    selfOnly: false,
    reason: "Built for a test.",
  };
}
