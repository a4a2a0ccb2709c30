import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../../test/default-framework.ts";
import { buildProfile } from "../../../test/factories.ts";
import { roleLevels } from "../../../test/role-levels.ts";
import { roleFits } from "../fit/role-fits.ts";
import { draftGrowthPlan } from "../plans/draft-growth-plan.ts";
import { whereYouStand } from "./where-you-stand.ts";

const framework = loadDefaultFramework();

describe("an uneven Senior PM: strategy 5, systems thinking 4, execution 2", () => {
  const profile = buildProfile({
    framework,
    levels: {
      ...roleLevels(framework, "senior-pm"),
      strategy: 5,
      "systems-thinking": 4,
      execution: 2,
    },
  });
  const fits = roleFits(framework, profile, {}, "senior-pm");
  const own = fits.find((fit) => fit.roleId === "senior-pm");

  it("says the shape in words: strategy above Senior PM, execution below it", () => {
    const { summary } = whereYouStand(framework, profile, fits, "senior-pm");
    expect(summary).toMatch(/^An uneven profile: /);
    expect(summary).toMatch(/strategy[^,]* at (VP of Product|Group Product Manager)[^,]* level/i);
    expect(summary).toMatch(
      /execution[^,]* below what your role, Senior Product Manager, expects/i,
    );
  });

  it("never calls his own role a stretch or plainly ready, and names execution as what to address", () => {
    expect(own?.readiness).toBe("close");
    expect(own?.reason).not.toMatch(/stretch|^Ready/i);
    expect(own?.reason).toMatch(
      /execution[^;]* is two levels below expectation \(2 now, 4 expected\)/i,
    );
  });

  it("puts execution first in his plan", () => {
    const plan = draftGrowthPlan(framework, profile, "group-pm", {}, "senior-pm");
    expect(plan.focus[0]?.competency).toBe("execution");
  });
});
