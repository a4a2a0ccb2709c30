import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildEvidence, buildProfile } from "../../test/factories.ts";
import { assembleGrowthReport, type GrowthReportInput } from "../app/assemble-growth-report.ts";
import type { GrowthPlan } from "../app/growth-report.ts";
import type { StoredPerson } from "../storage/queries/people.ts";
import { renderReportMarkdown } from "./render-report-markdown.ts";

const framework = loadDefaultFramework();
const levels = Object.fromEntries(
  framework.competencies.map((item, index) => [item.id, 2 + (index % 3)]),
);
const stamp = "2026-05-01T00:00:00.000Z";

const person: StoredPerson = {
  id: "person-1",
  orgId: "org-1",
  name: "Ava Lindqvist",
  email: "ava@example.com",
  roleId: "pm",
  managerId: "person-2",
  team: "Payments",
  preferences: {
    tracks: [],
    avoidRoles: [],
    targetRoles: [],
    successMeans: "Shipping things customers love",
  },
  createdAt: stamp,
  updatedAt: stamp,
};

const currentPlan: GrowthPlan = {
  id: "plan-1",
  orgId: "org-1",
  personId: "person-1",
  targetRoleId: "senior-pm",
  focusCompetencies: ["communication"],
  actions: [{ competency: "communication", text: "Run the quarterly review", done: true }],
  status: "active",
  checkInEveryDays: 14,
  changedBy: null,
  startedBy: null,
  createdAt: new Date(stamp),
  updatedAt: new Date(stamp),
  goals: [
    {
      id: "goal-1",
      planId: "plan-1",
      title: "Present the roadmap to the leadership team",
      deletedAt: null,
      competency: "communication",
      measure: "Two reviews with no open questions",
      dueDate: null,
      status: "open",
      progress: null,
      actions: [],
      changedBy: null,
      createdAt: new Date(stamp),
      updatedAt: new Date(stamp),
    },
  ],
  checkIns: [
    {
      id: "check-in-1",
      planId: "plan-1",
      date: "2026-05-15",
      progress: 40,
      notes: "First review went well",
      feedback: "Tighten the narrative",
      authorUserId: null,
      createdAt: new Date(stamp),
    },
  ],
};

function input(overrides: Partial<GrowthReportInput> = {}): GrowthReportInput {
  return {
    framework,
    person,
    managerName: "Ben Okafor",
    profile: buildProfile({ framework, levels, personId: "person-1" }),
    currentPlan,
    evidence: [
      buildEvidence({ title: "Launched instant payouts", competencies: ["communication"] }),
    ],
    evidenceScope: "shared",
    generatedOn: "2026-06-01",
    ...overrides,
  };
}

describe("assembleGrowthReport", () => {
  it("fits every role of the framework, in framework order", () => {
    const report = assembleGrowthReport(input());
    expect(report.fits.map((fit) => fit.roleId)).toEqual(framework.roles.map((role) => role.id));
    for (const fit of report.fits) expect(fit.reason).not.toBe("");
  });

  it("drafts a plan for the next role when the person has no plan", () => {
    const report = assembleGrowthReport(input({ currentPlan: null }));
    expect(report.plan.kind).toBe("draft");
    if (report.plan.kind === "draft") expect(report.plan.draft.targetRoleId).toBe("senior-pm");
  });

  it("says why there is no plan when there is no next role either", () => {
    const report = assembleGrowthReport(
      input({ currentPlan: null, person: { ...person, roleId: null } }),
    );
    expect(report.plan).toMatchObject({ kind: "none" });
  });

  it("keeps the paths to the person's target roles only", () => {
    const preferences = { tracks: [], avoidRoles: [], targetRoles: ["principal-pm"] };
    const report = assembleGrowthReport(input({ person: { ...person, preferences } }));
    expect(report.paths.length).toBeGreaterThan(0);
    expect(new Set(report.paths.map((path) => path.target))).toEqual(new Set(["principal-pm"]));
  });
});

describe("renderReportMarkdown", () => {
  const markdown = renderReportMarkdown(assembleGrowthReport(input()));

  it("opens with the person, their role, manager, framework and date", () => {
    expect(markdown.split("\n").slice(0, 3)).toEqual([
      "# Growth report: Ava Lindqvist",
      "",
      `_Product Manager · team Payments · manager Ben Okafor · ${framework.name} ${framework.version} · made on 2026-06-01_`,
    ]);
    expect(markdown).toContain(
      "> What success means to Ava Lindqvist: Shipping things customers love",
    );
  });

  it("has its sections in reading order", () => {
    const headings = markdown.split("\n").filter((line) => line.startsWith("## "));
    expect(headings).toEqual([
      "## Where they stand",
      "## Profile",
      "## Fit for every role",
      "## Paths",
      "## Growth plan",
      "## Evidence",
      "## Worth keeping in mind",
    ]);
  });

  it("lists every role with its fit and readiness in a table", () => {
    expect(markdown).toContain("| Role | Track | Fit | Readiness | Why |");
    for (const role of framework.roles) {
      expect(markdown).toMatch(
        new RegExp(
          `\\| ${role.title.replace(/[/]/g, "\\/")} \\| [^|]+ \\| \\d+% \\| (Ready|Close|A stretch) \\|`,
        ),
      );
    }
  });

  it("shows the current plan's goals, done actions and check-ins", () => {
    expect(markdown).toContain("Working towards Senior Product Manager (plan active).");
    expect(markdown).toContain(
      "| Present the roadmap to the leadership team | Communication | Two reviews with no open questions | open |",
    );
    expect(markdown).toContain("- [x] Run the quarterly review (Communication)");
    expect(markdown).toContain(
      "| 2026-05-15 | 40% | First review went well | Tighten the narrative |",
    );
  });

  it("shows what the level the plan aims at looks like, a criterion per line", () => {
    const communication = framework.competencies.find((c) => c.id === "communication");
    const expected = framework.roles.find((r) => r.id === "senior-pm")?.expectations
      .communication as number;
    const criteria = ["Writes the narrative teams decide from", "Runs reviews with no surprises"];
    const listed = {
      ...framework,
      competencies: framework.competencies.map((c) =>
        c.id === "communication" ? { ...c, levels: { ...c.levels, [expected]: criteria } } : c,
      ),
    };
    const report = assembleGrowthReport(input({ framework: listed }));
    expect(report.focusLevels).toEqual([
      { competency: "communication", level: expected, criteria },
    ]);
    const label = framework.scale.find((step) => step.level === expected)?.label;
    expect(renderReportMarkdown(report)).toContain(
      [
        "**What the level aimed at looks like**",
        "",
        `- Communication at level ${expected} (${label}):`,
        "  - Writes the narrative teams decide from",
        "  - Runs reviews with no surprises",
      ].join("\n"),
    );
    // A descriptor written as one sentence stays on its line.
    expect(markdown).toContain(
      `- Communication at level ${expected} (${label}): ${communication?.levels[String(expected)]}`,
    );
  });

  it("shows the target level of each gap of a draft plan", () => {
    const report = assembleGrowthReport(input({ currentPlan: null }));
    if (report.plan.kind !== "draft") throw new Error("expected a draft");
    expect(report.focusLevels.length).toBeGreaterThan(0);
    expect(report.focusLevels.map((item) => item.competency)).toEqual(
      report.plan.draft.focus.map((item) => item.competency),
    );
    for (const [index, item] of report.plan.draft.focus.entries()) {
      if (item.shortfall > 0) expect(report.focusLevels[index]?.level).toBe(item.expected);
    }
  });

  it("says which evidence it includes", () => {
    expect(markdown).toContain("private entries are left out");
    expect(markdown).toContain(
      "| 2026-01-10 | Launched instant payouts | Activation up 12% | Communication |",
    );
  });

  it("names each move in words with the framework's note and the track it leads onto", () => {
    const paths = markdown.slice(markdown.indexOf("## Paths"), markdown.indexOf("## Growth plan"));
    expect(paths).not.toMatch(/\((promotion|track-switch|lateral|skip|pivot|entry)\)/);
    expect(paths).toContain("Senior Product Manager (Promotion): ");
    const note = framework.transitions.find(
      (transition) => transition.from === "pm" && transition.to === "senior-pm",
    )?.notes;
    expect(paths).toContain(`_Why this move works: ${note?.trim()}_`);
    const management = framework.tracks.find((track) => track.id === "management");
    expect(paths).toContain(`About the Management ladder: ${management?.description}`);
  });

  it("never frames growth as late or behind", () => {
    expect(markdown).not.toMatch(/\b(behind|late|overdue)\b/i);
  });
});
