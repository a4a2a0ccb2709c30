import { z } from "@hono/zod-openapi";
import type { OrgAnalytics } from "../../../engine/analytics/org-analytics-types.ts";
import { defaultEngineOptions } from "../../../engine/options.ts";
import { trackIds } from "../../../framework/schema.ts";
import { exactSchema } from "../../exact-schema.ts";
import { maxPageSize } from "../../pagination.ts";

const track = z.enum(trackIds);
const { benchNamesMax, leniencyRatersMax, heatmapTeamsMax, spanManagersMax } = defaultEngineOptions;

const distributionSchema = z
  .object({
    roles: z.array(
      z.object({ roleId: z.string(), title: z.string(), track, people: z.number().int() }),
    ),
    tracks: z.array(z.object({ track, people: z.number().int() })),
    withoutRole: z.number().int(),
    reason: z.string(),
  })
  .openapi("Distribution", {
    example: {
      roles: [{ roleId: "pm", title: "Product Manager", track: "management", people: 23 }],
      tracks: [
        { track: "management", people: 48 },
        { track: "ic", people: 4 },
        { track: "adjacent", people: 12 },
      ],
      withoutRole: 0,
      reason:
        "48 in Management ladder, 4 in Individual contributor track, 12 in Product-adjacent roles; the most common role is Product Manager (23 people).",
    },
    description: "How many people hold each role of the framework.",
  });

const teamHeatmapSchema = z
  .object({
    team: z.string(),
    people: z.number().int(),
    competencies: z.array(
      z.object({ competency: z.string(), mean: z.number().nullable(), count: z.number().int() }),
    ),
    reason: z.string(),
  })
  .openapi("TeamHeatmap", {
    example: {
      team: "Growth",
      people: 10,
      competencies: [
        { competency: "execution", mean: 3.16, count: 10 },
        { competency: "people-leadership", mean: 1.9, count: 10 },
      ],
      reason:
        "Team Growth (10 people) is strongest in prioritisation & trade-offs (3.5) and has most room to grow in people management (1.9).",
    },
    description: "Each team's average level per competency, and how many ratings it rests on.",
  });

const benchStrengthSchema = z
  .object({
    roleId: z.string(),
    ready: z.number().int(),
    close: z.number().int(),
    readyPeople: z.array(z.string()).openapi({
      description: `The first ${benchNamesMax} people ready, in name order; \`ready\` counts all.`,
    }),
    closePeople: z.array(z.string()).openapi({
      description: `The first ${benchNamesMax} people close, in name order; \`close\` counts all.`,
    }),
    reason: z.string(),
  })
  .openapi("BenchStrength", {
    example: {
      roleId: "senior-pm",
      ready: 1,
      close: 2,
      readyPeople: ["4a2c9ea0-97c4-4903-a31b-697dc55f4c60"],
      closePeople: ["5fd4efdb-2e8e-4a7e-8e06-7616add2abb4", "60c610b2-a899-4039-8444-019eefa9bfb4"],
      reason: "1 person is ready for Senior Product Manager and 2 close.",
    },
    description: "Per role: who is ready to step into it now, and who could be soon.",
  });

const alignmentSchema = z
  .object({
    compared: z.number().int(),
    aligned: z.number().int(),
    rate: z.number().nullable(),
    reason: z.string(),
  })
  .openapi("Alignment", {
    example: {
      compared: 882,
      aligned: 486,
      rate: 0.55,
      reason:
        "Self and manager ratings are less than one level apart on 55% of the 882 competencies both rated.",
    },
    description: "How far self-assessments and managers' assessments agree, per competency.",
  });

const raterLeniencySchema = z
  .object({
    raterId: z.string(),
    compared: z.number().int(),
    leniency: z.number(),
    reason: z.string(),
  })
  .openapi("RaterLeniency", {
    example: {
      raterId: "67e5bde0-0771-4024-8420-3bc55e455c13",
      compared: 28,
      leniency: -0.23,
      reason:
        "Daniel Andersen rates 0.2 levels below the other raters of the same people on average (28 ratings).",
    },
    description:
      "How each manager's ratings compare with everyone else's on the same competencies.",
  });

const spanOfControlSchema = z
  .object({
    managerId: z.string(),
    directReports: z.number().int(),
    status: z.enum(["below", "within", "above", "no-guideline"]),
    reason: z.string(),
  })
  .openapi("SpanOfControl", {
    description: "Each manager's number of direct reports against the guideline for their role.",
    example: {
      managerId: "1900a08f-5c0a-431d-a21e-4637919fcd60",
      directReports: 9,
      status: "above",
      reason:
        "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin.",
    },
  });

const spanCountsSchema = z
  .object({
    below: z.number().int(),
    within: z.number().int(),
    above: z.number().int(),
    "no-guideline": z.number().int(),
  })
  .openapi("SpanOfControlCounts", {
    description: "How many managers are below, within and above the guideline, listed or not.",
  });

const analyticsShape = {
  people: z.number().int(),
  distribution: distributionSchema,
  heatmap: z.array(teamHeatmapSchema).openapi({
    description: `The ${heatmapTeamsMax} largest teams at most, in name order; \`heatmapTeams\` counts all (every team page by page: GET /api/v1/analytics/org/heatmap).`,
  }),
  heatmapTeams: z
    .number()
    .int()
    .openapi({ description: "How many teams there are, listed in heatmap or not." }),
  bench: z.array(benchStrengthSchema).openapi({ description: "One entry per role." }),
  alignment: alignmentSchema,
  leniency: z.array(raterLeniencySchema).openapi({
    description: `At most ${leniencyRatersMax} raters: those furthest from the other raters of the same people, in people order.`,
  }),
  leniencyRaters: z
    .number()
    .int()
    .openapi({ description: "How many raters had ratings to compare, listed or not." }),
  spanOfControl: z.array(spanOfControlSchema).openapi({
    description: `At most ${spanManagersMax} managers: those furthest outside the span-of-control guideline, in people order; \`spanOfControlManagers\` counts all (every manager page by page: GET /api/v1/analytics/org/span-of-control).`,
  }),
  spanOfControlManagers: z
    .number()
    .int()
    .openapi({ description: "How many managers there are, listed in spanOfControl or not." }),
  spanOfControlCounts: spanCountsSchema,
  reason: z.string(),
};

/** The analytics of the whole organisation. */
export const orgAnalyticsSchema = exactSchema<OrgAnalytics>()(
  z
    .object(analyticsShape)
    .openapi("OrgAnalytics", { description: "The analytics of the whole organisation." }),
);

/** The analytics of a manager's reports, direct and indirect. */
export const teamAnalyticsSchema = exactSchema<OrgAnalytics & { managerId: string }>()(
  z.object({ ...analyticsShape, managerId: z.string() }).openapi("TeamAnalytics", {
    description: "The analytics of a manager's reports, direct and indirect.",
  }),
);

/** What the organisation page shows: how people spread over roles and each manager's span. */
export const orgSummarySchema = exactSchema<
  Pick<
    OrgAnalytics,
    | "people"
    | "distribution"
    | "spanOfControl"
    | "spanOfControlManagers"
    | "spanOfControlCounts"
    | "reason"
  > & {
    managers: { id: string; name: string }[];
  }
>()(
  z
    .object({
      people: analyticsShape.people,
      distribution: analyticsShape.distribution,
      spanOfControl: analyticsShape.spanOfControl,
      spanOfControlManagers: analyticsShape.spanOfControlManagers,
      spanOfControlCounts: analyticsShape.spanOfControlCounts,
      reason: analyticsShape.reason,
      managers: z
        .array(z.object({ id: z.string(), name: z.string() }))
        .openapi({ description: "The name of each manager in spanOfControl." }),
    })
    .openapi("OrgSummary", {
      description:
        "What the organisation page shows: how people spread over roles and each manager's span.",
    }),
);

/** What the organisation page shows, as sent. */
export type OrgSummary = z.infer<typeof orgSummarySchema>;

/** A page's query over a long list of `noun` (teams, managers): `limit` of them from `offset`. */
function pageQuerySchema(noun: string) {
  const limitError = `limit must be a whole number of ${noun} from 1 to ${maxPageSize}`;
  const offsetError = `offset must be a whole number of ${noun} to skip, such as 0 or 100`;
  return z.object({
    offset: z.coerce
      .number({ error: offsetError })
      .int(offsetError)
      .min(0, "offset must be 0 or more")
      .max(1_000_000_000, "offset must be at most 1000000000")
      .default(0)
      .openapi({
        param: { name: "offset", in: "query" },
        description: `How many ${noun} to skip; 0 for the first page.`,
        example: 0,
      }),
    limit: z.coerce
      .number({ error: limitError })
      .int(limitError)
      .min(1, limitError)
      .max(maxPageSize, limitError)
      .default(maxPageSize)
      .openapi({
        param: { name: "limit", in: "query" },
        description: `How many ${noun} a page holds at most.`,
        example: maxPageSize,
      }),
  });
}

/** Which teams of the whole heatmap a page holds: `limit` teams from `offset`, in name order. */
export const orgHeatmapQuerySchema = pageQuerySchema("teams");

/** Which managers' spans of control a page holds: `limit` managers from `offset`. */
export const orgSpanQuerySchema = pageQuerySchema("managers");

/** A page of the organisation's whole heatmap. */
export const orgHeatmapPageSchema = exactSchema<{
  teams: number;
  offset: number;
  items: OrgAnalytics["heatmap"];
  nextOffset: number | null;
}>()(
  z
    .object({
      teams: z.number().int().openapi({ description: "How many teams there are in all." }),
      offset: z.number().int(),
      items: z
        .array(teamHeatmapSchema)
        .openapi({ description: "The page's teams, in name order." }),
      nextOffset: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "Pass as `offset` for the next page; null on the last page." }),
    })
    .openapi("OrgHeatmapPage", { description: "A page of the organisation's whole heatmap." }),
);

/** A page of the organisation's heatmap, as sent. */
export type OrgHeatmapPage = z.infer<typeof orgHeatmapPageSchema>;

/** A manager's span of control with the manager's name. */
type NamedSpan = {
  [K in keyof OrgAnalytics["spanOfControl"][number] | "name"]: K extends "name"
    ? string
    : OrgAnalytics["spanOfControl"][number][Exclude<K, "name">];
};

/** A page of every manager's span of control. */
export const orgSpanPageSchema = exactSchema<{
  managers: number;
  offset: number;
  items: NamedSpan[];
  nextOffset: number | null;
}>()(
  z
    .object({
      managers: z.number().int().openapi({ description: "How many managers there are in all." }),
      offset: z.number().int(),
      items: z
        .array(
          spanOfControlSchema.extend({ name: z.string() }).openapi("NamedSpanOfControl", {
            description: "A manager's span of control with the manager's name.",
            example: {
              managerId: "1900a08f-5c0a-431d-a21e-4637919fcd60",
              name: "Kim Park",
              directReports: 9,
              status: "above",
              reason:
                "Kim Park has 9 direct reports, above the framework's guideline of 3–8: coaching time per person may be thin.",
            },
          }),
        )
        .openapi({
          description:
            "The page's managers, those furthest outside the guideline first, each with their name.",
        }),
      nextOffset: z
        .number()
        .int()
        .nullable()
        .openapi({ description: "Pass as `offset` for the next page; null on the last page." }),
    })
    .openapi("OrgSpanPage", {
      description:
        "A page of every manager's span of control, furthest outside the guideline first.",
    }),
);

/** A page of every manager's span of control, as sent. */
export type OrgSpanPage = z.infer<typeof orgSpanPageSchema>;
