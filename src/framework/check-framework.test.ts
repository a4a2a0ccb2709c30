import { describe, expect, it } from "vitest";
import { minimalWith, positionOf } from "../../test/fixtures/frameworks/fixture-text.ts";
import type { FrameworkIssue } from "./framework-issue.ts";
import { parseFramework } from "./parse-framework.ts";

const fileName = "team.yaml";

function issuesOf(text: string): FrameworkIssue[] {
  const result = parseFramework(text, { fileName });
  if (result.ok) throw new Error("expected the framework to be refused");
  return result.issues;
}

const cases: {
  name: string;
  replace: [string, string][];
  code: string;
  at: string;
  occurrence?: number;
  path: (string | number)[];
}[] = [
  {
    name: "an expectation naming an unknown competency, pointing at its key",
    replace: [["      people-leadership: 1\n", "      people-leadershp: 1\n"]],
    code: "unknown-competency",
    at: "people-leadershp",
    path: ["roles", 1, "expectations", "people-leadershp"],
  },
  {
    name: "a mandatory competency that is not declared",
    replace: [["mandatory: [strategy]", "mandatory: [strategy, vision]"]],
    code: "unknown-competency",
    at: "vision]",
    path: ["roles", 2, "mandatory", 1],
  },
  {
    name: "a skill tied to an unknown competency",
    replace: [["      - competency: execution", "      - competency: delivery"]],
    code: "unknown-competency",
    at: "delivery\n        name",
    path: ["roles", 0, "skillsToDevelop", 0, "competency"],
  },
  {
    name: "a comparable role that is not declared",
    replace: [["comparableTo: [senior-pm]", "comparableTo: [group-pm]"]],
    code: "unknown-role",
    at: "group-pm",
    path: ["roles", 3, "comparableTo", 0],
  },
  {
    name: "a transition to an unknown role",
    replace: [["    to: program-manager", "    to: programme-manager"]],
    code: "unknown-role",
    at: "programme-manager",
    path: ["transitions", 5, "to"],
  },
  {
    name: "an entry route entering at an unknown role",
    replace: [["      - role: apm", "      - role: associate"]],
    code: "unknown-role",
    at: "associate",
    path: ["entryRoutes", 0, "enterAt", 0, "role"],
  },
  {
    name: "a mandatory competency the role sets no expectation for",
    replace: [
      ["mandatory: [strategy]", "mandatory: [strategy]\n    contextNotes: [x]"],
      ["mandatory: [execution]", "mandatory: [people-leadership]"],
    ],
    code: "mandatory-without-expectation",
    at: "people-leadership]",
    path: ["roles", 0, "mandatory", 0],
  },
  {
    name: "a proficiency above the scale",
    replace: [
      ["      execution: 3\n      strategy: 2\n", "      execution: 3\n      strategy: 7\n"],
    ],
    code: "proficiency-off-scale",
    at: "7\n",
    path: ["roles", 2, "expectations", "strategy"],
  },
  {
    name: "a proficiency that is not a whole level",
    replace: [["      execution: 2\n", "      execution: 1.5\n"]],
    code: "proficiency-off-scale",
    at: "1.5",
    path: ["roles", 1, "expectations", "execution"],
  },
  {
    name: "a competency missing a level descriptor",
    replace: [['      "3": Sets the strategy for a portfolio.\n', ""]],
    code: "missing-level",
    at: '"1": Explains',
    path: ["competencies", 1, "levels"],
  },
  {
    name: "a competency level keyed outside the scale",
    replace: [
      [
        '      "3": Manages and grows a team of PMs.\n',
        '      "3": Manages and grows a team of PMs.\n      "4": Runs an org.\n',
      ],
    ],
    code: "level-off-scale",
    at: '"4"',
    path: ["competencies", 2, "levels", "4"],
  },
  {
    name: "a role nothing reaches",
    replace: [["  - from: pm\n    to: program-manager\n    kind: pivot\n", ""]],
    code: "unreachable-role",
    at: "program-manager",
    path: ["roles", 4, "id"],
  },
  {
    name: "a promotion whose rank goes down",
    replace: [
      [
        "  - from: pm\n    to: senior-pm\n    kind: promotion",
        "  - from: senior-pm\n    to: pm\n    kind: promotion",
      ],
      ["  - from: apm\n    to: senior-pm", "  - from: apm\n    to: principal-pm"],
    ],
    code: "rank-not-rising",
    at: "promotion",
    occurrence: 2,
    path: ["transitions", 1, "kind"],
  },
  {
    name: "a promotion that changes track",
    replace: [
      ["    to: principal-pm\n    kind: track-switch", "    to: principal-pm\n    kind: promotion"],
    ],
    code: "rank-not-rising",
    at: "promotion",
    occurrence: 3,
    path: ["transitions", 2, "kind"],
  },
  {
    name: "a transition from a role to itself",
    replace: [
      [
        "  - from: pm\n    to: program-manager",
        "  - from: pm\n    to: program-manager\n    kind: pivot\n  - from: pm\n    to: pm",
      ],
    ],
    code: "self-transition",
    at: "pm\n    kind: pivot\nentryRoutes",
    path: ["transitions", 6, "to"],
  },
  {
    name: "a role on a track the framework does not declare",
    replace: [
      [
        "  - id: adjacent\n    name: Product-adjacent roles\n    description: Roles next to product.\n",
        "",
      ],
    ],
    code: "undeclared-track",
    at: "adjacent",
    path: ["roles", 4, "track"],
  },
  {
    name: "a transition listed twice",
    replace: [
      [
        "  - from: pm\n    to: program-manager\n    kind: pivot\n",
        "  - from: pm\n    to: program-manager\n    kind: pivot\n  - from: pm\n    to: program-manager\n    kind: pivot\n",
      ],
    ],
    code: "duplicate-transition",
    at: "from: pm\n    to: program-manager",
    occurrence: 2,
    path: ["transitions", 6],
  },
  {
    name: "a skip whose rank goes down",
    replace: [
      [
        "  - from: apm\n    to: senior-pm\n    kind: skip",
        "  - from: senior-pm\n    to: apm\n    kind: skip",
      ],
    ],
    code: "rank-not-rising",
    at: "skip",
    path: ["transitions", 4, "kind"],
  },
  {
    name: "a job title one role has as its title and another as an alias",
    replace: [["    aliases: [Junior PM]\n", "    aliases: [Junior PM, lead pm]\n"]],
    code: "duplicate-title",
    at: "Lead PM]",
    path: ["roles", 2, "aliases", 0],
  },
  {
    name: "a migration mapping an old id to an unknown role",
    replace: [
      [
        "guidance:\n",
        "migration:\n  fromVersion: 0.9.0\n  roles:\n    junior-pm: junior\nguidance:\n",
      ],
    ],
    code: "unknown-role",
    at: "junior\n",
    path: ["migration", "roles", "junior-pm"],
  },
];

describe("checkFramework, as reported by parseFramework", () => {
  it.each(cases)("reports $name with its line, column and path", (c) => {
    const text = minimalWith(...c.replace);
    const issue = issuesOf(text).find((i) => i.code === c.code);
    expect(issue, JSON.stringify(issuesOf(text), null, 1)).toBeDefined();
    expect(issue?.path).toEqual(c.path);
    expect(issue?.file).toBe(fileName);
    expect(issue?.message.length).toBeGreaterThan(10);
    expect(issue?.hint.length).toBeGreaterThan(10);
    expect({ line: issue?.line, column: issue?.column }).toEqual(
      positionOf(text, c.at, c.occurrence),
    );
  });
});
