import { z } from "zod";

/** The three kinds of track a role sits on: the standard ladder, the IC track, adjacent roles. */
export const trackIds = ["management", "ic", "adjacent"] as const;
export type TrackId = (typeof trackIds)[number];

/** How one role leads to another. */
export const transitionKinds = ["promotion", "track-switch", "lateral", "skip", "pivot"] as const;
export type TransitionKind = (typeof transitionKinds)[number];

/** Facts about a newcomer's background that entry routes can test. */
export const backgroundFacts = [
  "yearsExperience",
  "yearsInProduct",
  "yearsInProductAdjacent",
  "domainExpertise",
  "startupExperience",
  "peopleLeadership",
  "newGraduate",
  "internalTransfer",
  "bootcamp",
] as const;
export type BackgroundFact = (typeof backgroundFacts)[number];

const id = z
  .string()
  .regex(/^[a-z][a-z0-9-]*$/, "ids are lower-case words joined by dashes, e.g. senior-pm");
const text = z.string().trim().min(1, "must not be empty");
const textList = z.array(text);
const levelKey = z.string().regex(/^[0-9]+$/, "level keys are whole numbers on the scale, e.g. 3");

/** One step of the proficiency scale, e.g. 3 "Proficient". */
export const scaleLevelSchema = z.strictObject({
  level: z.number().int().min(1).max(9),
  label: text,
  description: text,
});

/** A competency: what is rated, with an observable descriptor per level and growth actions. */
export const competencySchema = z.strictObject({
  id,
  name: text,
  area: text,
  description: text,
  /**
   * Level -> what it looks like at that level (observable): one sentence, or a list of one to
   * seven observable criteria. Every scale level needs one.
   */
  levels: z.record(levelKey, z.union([text, z.array(text).min(1).max(7)])),
  /** Level -> actions that help someone reach that level. */
  growth: z.record(levelKey, textList).default({}),
});

/** A skill a role should develop next, tied to the competency it grows. */
export const skillSchema = z.strictObject({
  competency: id,
  name: text,
  description: text,
});

/** A track: the management ladder, the IC track or product-adjacent roles. */
export const trackSchema = z.strictObject({
  id: z.enum(trackIds),
  name: text,
  description: text,
});

/** A role on a track, with its expectations per competency. */
export const roleSchema = z.strictObject({
  id,
  title: text,
  aliases: z.array(text).default([]),
  track: z.enum(trackIds),
  /** Seniority within the track: 1 is the most junior. */
  rank: z.number().int().min(1),
  summary: text,
  whatChanges: textList.default([]),
  responsibilities: textList.default([]),
  success: textList.default([]),
  skillsToDevelop: z.array(skillSchema).default([]),
  /** Competency id -> required proficiency on the scale. */
  expectations: z.record(id, z.number()),
  /** Competencies whose shortfall caps readiness, whatever the rest looks like. */
  mandatory: z.array(id).default([]),
  contextNotes: textList.default([]),
  /**
   * Whether holders of the role manage people. `false` marks roles that lead without managing
   * (a Senior PM mentoring one or two people): span of control compares only managers with its
   * guideline. Left out, the role is treated as managing whoever reports to its holders.
   */
  managesPeople: z.boolean().optional(),
  /** Roles with comparable scope or influence on another track (e.g. Principal PM ~ Group PM). */
  comparableTo: z.array(id).default([]),
  /** For adjacent roles: who tends to thrive there. */
  whoThrives: text.optional(),
  /** For adjacent roles: the PM skills that carry over. */
  carriesOver: textList.default([]),
});

/** A typical duration, as context only: never a deadline. */
export const durationSchema = z
  .strictObject({
    minYears: z.number().min(0),
    maxYears: z.number().min(0),
  })
  .refine((d) => d.maxYears >= d.minYears, {
    message: "maxYears is less than minYears",
    params: { hint: "Make maxYears at least minYears, or swap the two." },
    path: ["maxYears"],
  });

/** An edge of the career graph. */
export const transitionSchema = z.strictObject({
  from: id,
  to: id,
  kind: z.enum(transitionKinds),
  typicalDuration: durationSchema.optional(),
  notes: text.optional(),
});

/** One test on a newcomer's background: a number in range, or a yes/no fact that holds. */
export const conditionSchema = z.strictObject({
  fact: z.enum(backgroundFacts),
  atLeast: z.number().min(0).optional(),
  atMost: z.number().min(0).optional(),
});

/** All of `all` must hold and, when `any` is given, at least one of `any`. */
export const conditionSetSchema = z.strictObject({
  all: z.array(conditionSchema).default([]),
  any: z.array(conditionSchema).default([]),
});

/** How people enter from outside, and where they usually land. */
export const entryRouteSchema = z.strictObject({
  id,
  name: text,
  description: text,
  when: conditionSetSchema.default({ all: [], any: [] }),
  enterAt: z
    .array(
      z.strictObject({
        role: id,
        /** Extra conditions for this role (e.g. Senior PM only with long adjacent leadership). */
        when: conditionSetSchema.optional(),
        note: text.optional(),
      }),
    )
    .min(1),
});

/** A principle shown alongside the ladder (e.g. no fixed timeline). */
export const guidanceSchema = z.strictObject({
  id,
  title: text,
  body: text,
});

/** How ids of an earlier version map into this one, so history stays meaningful. */
export const migrationSchema = z.strictObject({
  /** The framework id the earlier version belongs to; defaults to this framework's id. */
  fromFramework: id.optional(),
  fromVersion: z.string(),
  /** old id -> new id (rename, or merge when several map to one), [ids] (split), or null (retired). */
  competencies: z.record(id, z.union([id, z.array(id).min(1), z.null()])).default({}),
  roles: z.record(id, z.union([id, z.null()])).default({}),
  /** old level -> new level, required when the scale changes; ratings without one are left out. */
  levels: z.record(levelKey, z.number().int().min(1)).optional(),
});

/** A whole career framework document. */
export const frameworkSchema = z.strictObject({
  id,
  name: text,
  version: z
    .string()
    .regex(
      /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?$/,
      "a version is three whole numbers joined by dots, e.g. 1.2.0",
    ),
  description: text.optional(),
  scale: z.array(scaleLevelSchema).min(2),
  competencies: z.array(competencySchema).min(1),
  tracks: z.array(trackSchema).min(1),
  roles: z.array(roleSchema).min(1),
  transitions: z.array(transitionSchema).default([]),
  entryRoutes: z.array(entryRouteSchema).default([]),
  guidance: z.array(guidanceSchema).default([]),
  /** Healthy number of direct reports for a manager, used by org analytics. */
  spanOfControl: z
    .strictObject({ min: z.number().int().min(1), max: z.number().int().min(1) })
    .optional(),
  migration: migrationSchema.optional(),
});

export type ScaleLevel = z.infer<typeof scaleLevelSchema>;
export type Competency = z.infer<typeof competencySchema>;
export type Skill = z.infer<typeof skillSchema>;
export type Track = z.infer<typeof trackSchema>;
export type Role = z.infer<typeof roleSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type Condition = z.infer<typeof conditionSchema>;
export type ConditionSet = z.infer<typeof conditionSetSchema>;
export type EntryRoute = z.infer<typeof entryRouteSchema>;
export type Guidance = z.infer<typeof guidanceSchema>;
export type Migration = z.infer<typeof migrationSchema>;
/** A framework as validated: defaults filled in, references checked. */
export type Framework = z.infer<typeof frameworkSchema>;
/** A framework as authored, before defaults. */
export type FrameworkInput = z.input<typeof frameworkSchema>;
