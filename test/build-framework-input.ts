import type { FrameworkInput } from "../src/framework/schema.ts";

function levels(what: string): Record<string, string> {
  return {
    "1": `Learns ${what} with close guidance.`,
    "2": `Practises ${what} on well-defined work.`,
    "3": `Owns ${what} for a product area without help.`,
    "4": `Shapes ${what} across several teams.`,
    "5": `Sets the bar for ${what} across the organisation.`,
  };
}

function growth(what: string): Record<string, string[]> {
  return {
    "2": [`Pair with a senior colleague on ${what} for one feature.`],
    "3": [`Lead ${what} for a whole feature area and ask for feedback.`],
    "4": [`Coach two colleagues on ${what}.`, `Run a cross-team review of ${what}.`],
    "5": [`Publish an internal guide to ${what}.`],
  };
}

function competency(id: string, name: string, area: string, what: string) {
  return {
    id,
    name,
    area,
    description: `How well someone does ${what}.`,
    levels: levels(what),
    growth: growth(what),
  };
}

function role(
  id: string,
  title: string,
  track: "management" | "ic" | "adjacent",
  rank: number,
  expectations: Record<string, number>,
  mandatory: string[],
) {
  return {
    id,
    title,
    track,
    rank,
    summary: `What a ${title} does.`,
    whatChanges: [`Scope widens to what a ${title} owns.`],
    responsibilities: [`Own the work of a ${title}.`, "Keep customers at the centre."],
    success: [`Outcomes a ${title} is known for.`],
    skillsToDevelop: [
      {
        competency: "product-strategy",
        name: "Roadmap bets",
        description: "Choose bets that compound.",
      },
      { competency: "influence", name: "Alignment", description: "Bring leaders to one decision." },
    ],
    expectations,
    mandatory,
  };
}

/** A small valid framework input (five competencies, six roles on three tracks), for overriding. */
export function buildFrameworkInput(overrides: Partial<FrameworkInput> = {}): FrameworkInput {
  return {
    id: "test-ladder",
    name: "Test ladder",
    version: "1.0.0",
    scale: [1, 2, 3, 4, 5].map((level) => ({
      level,
      label: ["Learning", "Developing", "Proficient", "Advanced", "Expert"][level - 1] ?? "Level",
      description: `Level ${level} of the scale.`,
    })),
    competencies: [
      competency("product-strategy", "Product strategy", "Strategy", "product strategy"),
      competency("execution", "Execution", "Delivery", "shipping work"),
      competency("customer-insight", "Customer insight", "Discovery", "customer discovery"),
      competency("influence", "Stakeholder influence", "Leadership", "stakeholder alignment"),
      competency("people-leadership", "People leadership", "Leadership", "growing people"),
    ],
    tracks: [
      { id: "management", name: "Management ladder", description: "Lead through people." },
      { id: "ic", name: "Individual contributor track", description: "Lead through craft." },
      { id: "adjacent", name: "Product-adjacent roles", description: "Neighbouring crafts." },
    ],
    roles: [
      role(
        "apm",
        "Associate Product Manager",
        "management",
        1,
        {
          "product-strategy": 1,
          execution: 2,
          "customer-insight": 2,
          influence: 1,
          "people-leadership": 1,
        },
        ["execution"],
      ),
      role(
        "pm",
        "Product Manager",
        "management",
        2,
        {
          "product-strategy": 2,
          execution: 3,
          "customer-insight": 3,
          influence: 2,
          "people-leadership": 1,
        },
        ["execution"],
      ),
      role(
        "senior-pm",
        "Senior Product Manager",
        "management",
        3,
        {
          "product-strategy": 3,
          execution: 4,
          "customer-insight": 3,
          influence: 3,
          "people-leadership": 2,
        },
        ["product-strategy"],
      ),
      role(
        "group-pm",
        "Group Product Manager",
        "management",
        4,
        {
          "product-strategy": 4,
          execution: 4,
          "customer-insight": 4,
          influence: 4,
          "people-leadership": 4,
        },
        ["people-leadership"],
      ),
      role(
        "principal-pm",
        "Principal Product Manager",
        "ic",
        1,
        {
          "product-strategy": 5,
          execution: 4,
          "customer-insight": 4,
          influence: 4,
          "people-leadership": 2,
        },
        ["product-strategy"],
      ),
      role(
        "product-marketing-manager",
        "Product Marketing Manager",
        "adjacent",
        1,
        { "product-strategy": 2, execution: 3, "customer-insight": 4, influence: 3 },
        ["customer-insight"],
      ),
    ],
    transitions: [
      { from: "apm", to: "pm", kind: "promotion", typicalDuration: { minYears: 1, maxYears: 3 } },
      {
        from: "pm",
        to: "senior-pm",
        kind: "promotion",
        typicalDuration: { minYears: 2, maxYears: 4 },
      },
      { from: "senior-pm", to: "group-pm", kind: "promotion" },
      { from: "pm", to: "group-pm", kind: "skip" },
      { from: "senior-pm", to: "principal-pm", kind: "track-switch" },
      { from: "group-pm", to: "principal-pm", kind: "lateral" },
      { from: "pm", to: "product-marketing-manager", kind: "pivot" },
    ],
    entryRoutes: [
      {
        id: "new-graduate",
        name: "New graduate",
        description: "Straight from study.",
        when: { all: [{ fact: "newGraduate" }], any: [] },
        enterAt: [{ role: "apm" }],
      },
      {
        id: "career-changer",
        name: "Career changer",
        description: "From a neighbouring field.",
        when: { all: [{ fact: "yearsInProductAdjacent", atLeast: 2 }], any: [] },
        enterAt: [
          { role: "pm" },
          {
            role: "senior-pm",
            when: { all: [{ fact: "peopleLeadership" }, { fact: "domainExpertise" }], any: [] },
            note: "Deep domain expertise and people leadership carry over.",
          },
        ],
      },
    ],
    guidance: [
      { id: "no-timeline", title: "No fixed timeline", body: "People grow at their own pace." },
    ],
    spanOfControl: { min: 3, max: 8 },
    ...overrides,
  };
}
