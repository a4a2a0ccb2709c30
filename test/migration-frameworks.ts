import { type Framework, type FrameworkInput, frameworkSchema } from "../src/framework/schema.ts";
import { buildTestFramework } from "./db.ts";

const levels = { "1": "Does it with help.", "2": "Does it alone." };

/**
 * The test framework 1.0.0 with a Group PM above Senior PM, the promotions between them and a
 * way in at PM, so it passes the checks an upload goes through.
 */
export function lineageV1(): Framework {
  const base = buildTestFramework("1.0.0");
  return frameworkSchema.parse({
    ...base,
    roles: [
      ...base.roles,
      {
        id: "group-pm",
        title: "Group Product Manager",
        track: "management",
        rank: 3,
        summary: "Leads product managers.",
        expectations: { strategy: 2, execution: 2 },
      },
    ],
    transitions: [
      { from: "pm", to: "senior-pm", kind: "promotion" },
      { from: "senior-pm", to: "group-pm", kind: "promotion" },
    ],
    entryRoutes: [
      {
        id: "new-grad",
        name: "New graduate",
        description: "Joins from university.",
        enterAt: [{ role: "pm" }],
      },
    ],
  } satisfies FrameworkInput);
}

function renamed(framework: Framework, from: string, to: string): Framework {
  return JSON.parse(JSON.stringify(framework).replaceAll(`"${from}"`, `"${to}"`)) as Framework;
}

/**
 * 2.0.0 of the lineage: Group PM renamed Lead PM, execution renamed delivery, and a new
 * competency (AI product fluency) every role above PM expects.
 */
export function lineageV2(): Framework {
  let next = renamed(renamed(lineageV1(), "group-pm", "lead-pm"), "execution", "delivery");
  next = {
    ...next,
    version: "2.0.0",
    competencies: [
      ...next.competencies.map((c) => (c.id === "delivery" ? { ...c, name: "Delivery" } : c)),
      {
        id: "ai-fluency",
        name: "AI product fluency",
        area: "Craft",
        description: "Builds with AI.",
        levels,
        growth: {},
      },
    ],
    roles: next.roles.map((role) =>
      role.id === "lead-pm"
        ? {
            ...role,
            title: "Lead Product Manager",
            expectations: { ...role.expectations, "ai-fluency": 1 },
          }
        : role.id === "senior-pm"
          ? { ...role, expectations: { ...role.expectations, "ai-fluency": 1 } }
          : role,
    ),
    migration: {
      fromVersion: "1.0.0",
      competencies: { execution: "delivery" },
      roles: { "group-pm": "lead-pm" },
    },
  };
  return frameworkSchema.parse(next);
}

/** 2.0.0 of the lineage that retires Group PM without saying where its holders go. */
export function lineageV2WithoutGroupPm(): Framework {
  const v1 = lineageV1();
  return frameworkSchema.parse({
    ...v1,
    version: "2.0.0",
    roles: v1.roles.filter((role) => role.id !== "group-pm"),
    transitions: v1.transitions.filter((t) => t.to !== "group-pm"),
    migration: { fromVersion: "1.0.0", competencies: {}, roles: { "group-pm": null } },
  });
}

/** Another framework with the same competency and role ids but its own id: no shared history. */
export function otherFramework(): Framework {
  return { ...lineageV1(), id: "other-ladder", name: "Other ladder" };
}

/** 2.0.0 of the lineage that retires execution: nothing continues it. */
export function lineageV2WithoutExecution(): Framework {
  const v1 = lineageV1();
  return frameworkSchema.parse({
    ...v1,
    version: "2.0.0",
    competencies: v1.competencies.filter((competency) => competency.id !== "execution"),
    roles: v1.roles.map(({ expectations: { execution: _, ...rest }, ...role }) => ({
      ...role,
      expectations: rest,
    })),
    migration: { fromVersion: "1.0.0", competencies: { execution: null }, roles: {} },
  });
}
