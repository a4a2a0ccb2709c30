import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import type { Background } from "../types.ts";
import { type EntryPlacement, placeEntry } from "./place-entry.ts";

const framework = loadDefaultFramework();
const ids = [
  ...framework.roles.map((role) => role.id),
  ...framework.competencies.map((competency) => competency.id),
  ...framework.entryRoutes.map((route) => route.id),
].filter((id) => id.includes("-") || id.endsWith("pm"));

const none: Background = {
  yearsExperience: 0,
  yearsInProductAdjacent: 0,
  domainExpertise: false,
  startupExperience: false,
  peopleLeadership: false,
};

/** Every reason reads as a PM would say it: no ids, no numbers but years and levels, no echoes. */
function expectPmWords(placement: EntryPlacement): void {
  const reasons = [
    placement.reason,
    ...placement.options.map((option) => option.reason),
    ...placement.considered.map((route) => route.reason),
  ];
  for (const reason of reasons) {
    for (const id of ids) expect(reason).not.toMatch(new RegExp(`(^|[\\s(])${id}\\b`));
    const numbers = reason
      .replace(/\b\d+ (years?|of them)\b/g, "")
      .replace(/\(needs at least \d+\)/g, "")
      .replace(/\b\d+(\.\d)? levels\b/g, "");
    expect(numbers).not.toMatch(/\d/);
    const facts = reason.match(/\d+ years? [a-z ]+/g) ?? [];
    expect(new Set(facts).size).toBe(facts.length);
  }
  for (const option of placement.options) expect(option.reason).not.toContain("needs at least");
}

function offered(placement: EntryPlacement): string[] {
  return placement.options.map((option) => option.roleId);
}

describe("entry placement on the default framework", () => {
  it("offers an experienced PM from another company PM and Senior PM, never APM (Mei)", () => {
    const mei = { ...none, yearsExperience: 6, yearsInProduct: 6 };
    const placement = placeEntry(framework, mei);
    expect(offered(placement)).toEqual(["senior-pm", "pm"]);
    expect(offered(placement)).not.toContain("apm");
    expect(placement.recommended[0]?.reason).toContain("6 years");
    expect(placement.recommended[0]?.reason).toContain("as a product manager");
    expectPmWords(placement);
  });

  it("starts a PM with two years elsewhere at PM, not as a career changer", () => {
    const placement = placeEntry(framework, { ...none, yearsExperience: 4, yearsInProduct: 2 });
    expect(placement.recommended.map((entry) => entry.roleId)).toEqual(["pm"]);
    expect(placement.recommended[0]?.routeId).toBe("experienced-pm");
    expect(placement.recommended[0]?.reason).toContain("2 years as a product manager");
    expectPmWords(placement);
  });

  it("offers a designer PM first and APM second, naming discovery and what to build (Jonas)", () => {
    const jonas = { ...none, yearsExperience: 7, yearsInProductAdjacent: 7 };
    const alone = placeEntry(framework, jonas);
    expect(offered(alone)).toEqual(["pm", "apm"]);
    const rated = placeEntry(
      framework,
      jonas,
      buildProfile({
        framework,
        levels: {
          "product-thinking": 4,
          communication: 4,
          prioritisation: 2,
          "business-acumen": 1,
        },
      }),
    );
    expect(offered(rated)).toEqual(["pm", "apm"]);
    const reason = rated.recommended[0]?.reason ?? "";
    expect(reason).toMatch(/product thinking & discovery[^;]*carrying over/);
    expect(reason).toMatch(/;[^.]*prioritisation & trade-offs/);
    expect(reason).toMatch(/;[^.]*business acumen/);
    expect(reason).not.toEqual(alone.recommended[0]?.reason);
    expectPmWords(rated);
  });

  const engineer: Background = {
    yearsExperience: 10,
    yearsInProductAdjacent: 10,
    domainExpertise: true,
    startupExperience: true,
    peopleLeadership: true,
  };

  it("keeps an engineer with a strong background at Senior PM when she adds honest ratings", () => {
    const alone = placeEntry(framework, engineer);
    expect(offered(alone)).toEqual(["senior-pm", "pm"]);
    const honest = buildProfile({
      framework,
      levels: {
        execution: 3,
        "product-thinking": 2,
        prioritisation: 2,
        outcomes: 3,
        "technical-fluency": 5,
      },
    });
    const rated = placeEntry(framework, engineer, honest);
    expect(offered(rated)).toEqual(["senior-pm", "pm"]);
    expect(rated.recommended[0]?.reason).toMatch(/technical fluency carrying over/);
    expect(rated.reason).toContain("Self-ratings are one view");
    expectPmWords(rated);
  });

  it("moves her to PM first only when her ratings sit far below Senior PM, never to APM", () => {
    const low = buildProfile({
      framework,
      levels: { execution: 1, "product-thinking": 1, prioritisation: 2, outcomes: 1, influence: 2 },
    });
    const placement = placeEntry(framework, engineer, low);
    expect(offered(placement)).toEqual(["pm", "senior-pm"]);
    expect(placement.options[1]?.reason).toContain("where your background alone points");
    expectPmWords(placement);
  });

  it("says each background fact once, in the person's own numbers", () => {
    const placement = placeEntry(framework, engineer);
    const reason = placement.recommended[0]?.reason ?? "";
    expect(reason.match(/years of work experience/g)).toHaveLength(1);
    expect(reason).toContain("10 years of work experience, all close to product");
    expect(reason).toContain(
      "deep domain expertise, startup experience and experience leading people",
    );
    expect(reason).not.toContain("needs at least");
  });

  it("places a new graduate at APM and nowhere else", () => {
    const placement = placeEntry(framework, { ...none, newGraduate: true });
    expect(offered(placement)).toEqual(["apm"]);
    expectPmWords(placement);
  });

  it("says so when nothing in the background matches an entry route", () => {
    const placement = placeEntry(framework, none);
    expect(placement.options).toEqual([]);
    expect(placement.reason).toContain("ask a product leader");
  });
});
