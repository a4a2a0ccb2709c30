import { describe, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildAssessment } from "../../test/factories.ts";
import { expectPlainWords } from "../../test/plain-words.ts";
import { roleLevels } from "../../test/role-levels.ts";
import type { TrackId } from "../framework/schema.ts";
import { nextRole } from "./fit/next-role.ts";
import { roleFits } from "./fit/role-fits.ts";
import { findPaths } from "./paths/find-paths.ts";
import { placeEntry } from "./placement/place-entry.ts";
import { draftGrowthPlan } from "./plans/draft-growth-plan.ts";
import { aggregateProfile } from "./profile/aggregate-profile.ts";
import { whereYouStand } from "./profile/where-you-stand.ts";
import type { Background, Profile } from "./types.ts";

const framework = loadDefaultFramework();
const trackChoices: TrackId[][] = [[], ["management"], ["ic"], ["adjacent"]];

function rated(kind: "self" | "manager", levels: Record<string, number>) {
  return buildAssessment({
    raterKind: kind,
    raterId: kind === "self" ? "person-1" : "manager-1",
    frameworkVersion: framework.version,
    levels,
  });
}

/** The kinds of people a demo organisation holds, in a role: steady, uneven, self-rated, disputed. */
function peopleIn(roleId: string): Profile[] {
  const meets = roleLevels(framework, roleId);
  const uneven = { ...meets, strategy: 5, execution: Math.max(1, (meets.execution ?? 2) - 2) };
  const hopeful = Object.fromEntries(
    Object.entries(meets).map(([id, level]) => [id, Math.min(5, level + 1.5)]),
  );
  return [
    aggregateProfile(framework, "person-1", [rated("self", meets), rated("manager", meets)]),
    aggregateProfile(framework, "person-1", [rated("self", uneven), rated("manager", uneven)]),
    aggregateProfile(framework, "person-1", [rated("self", hopeful)]),
    aggregateProfile(framework, "person-1", [rated("self", hopeful), rated("manager", meets)]),
  ];
}

/** Every reason the engine gives a person in a role: fits, standing, paths, next role and plan. */
function reasonsFor(roleId: string, profile: Profile): string[] {
  const fits = roleFits(framework, profile, {}, roleId);
  const standing = whereYouStand(framework, profile, fits, roleId);
  const next = nextRole(framework, { roleId });
  const texts = [
    ...fits.map((fit) => fit.reason),
    standing.summary,
    ...standing.tracks.flatMap((track) => track.highestReady?.reason ?? []),
    ...standing.competencies.map((row) => row.reason),
    ...Object.values(profile.competencies).map((score) => score.reason),
    next?.reason ?? "",
  ];
  for (const tracks of trackChoices) {
    const paths = findPaths(framework, {
      from: roleId,
      profile,
      fits,
      preferences: { tracks, avoidRoles: [], targetRoles: [] },
    });
    for (const path of paths) {
      texts.push(path.reason, ...path.steps.map((step) => step.reason));
    }
  }
  for (const target of [next?.roleId ?? roleId, roleId]) {
    const plan = draftGrowthPlan(framework, profile, target, {}, roleId);
    texts.push(plan.reason, ...plan.focus.map((focus) => focus.reason));
  }
  return texts.filter((text) => text !== "");
}

const backgrounds: Background[] = [
  {
    yearsExperience: 0,
    yearsInProductAdjacent: 0,
    domainExpertise: false,
    startupExperience: false,
    peopleLeadership: false,
    newGraduate: true,
  },
  {
    yearsExperience: 6,
    yearsInProduct: 6,
    yearsInProductAdjacent: 0,
    domainExpertise: false,
    startupExperience: false,
    peopleLeadership: false,
  },
  {
    yearsExperience: 7,
    yearsInProductAdjacent: 7,
    domainExpertise: true,
    startupExperience: true,
    peopleLeadership: false,
  },
  {
    yearsExperience: 10,
    yearsInProductAdjacent: 4,
    domainExpertise: true,
    startupExperience: true,
    peopleLeadership: true,
  },
];

describe("every reason the demo organisation could read is in a PM's words", () => {
  for (const role of framework.roles) {
    it(`says everything to someone in ${role.title} without ids, raw costs, "behind" or "late"`, () => {
      for (const profile of peopleIn(role.id)) {
        expectPlainWords(framework, reasonsFor(role.id, profile));
      }
    });
  }

  it("places newcomers in the same plain words", () => {
    for (const background of backgrounds) {
      const placement = placeEntry(framework, background);
      expectPlainWords(framework, [
        placement.reason,
        ...placement.options.map((option) => option.reason),
        ...placement.considered.map((route) => route.reason),
      ]);
    }
  });
});
