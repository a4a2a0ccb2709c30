import { describe, expect, it } from "vitest";
import { buildFramework, buildProfile } from "../../../test/factories.ts";
import { roleFit } from "./role-fit.ts";

const framework = buildFramework();
const seniorMet = {
  "product-strategy": 3,
  execution: 4,
  "customer-insight": 3,
  influence: 3,
  "people-leadership": 2,
};

describe("roleFit", () => {
  it("calls a profile that meets every expectation ready with a fit of 1", () => {
    const fit = roleFit(framework, buildProfile({ levels: seniorMet }), "senior-pm");
    expect(fit.fit).toBe(1);
    expect(fit.readiness).toBe("ready");
    expect(fit.gaps).toEqual([]);
    expect(fit.strengths).toHaveLength(5);
    expect(fit.reason).toBe("Ready for Senior Product Manager: every expectation is met.");
  });

  it("computes fit as one minus weighted shortfall over weighted expected", () => {
    const fit = roleFit(
      framework,
      buildProfile({ levels: { ...seniorMet, execution: 3 } }),
      "senior-pm",
    );
    // Weighted expected: strategy 3*2 + 4 + 3 + 3 + 2 = 18; execution is one level short.
    expect(fit.fit).toBeCloseTo(1 - 1 / 18, 10);
    expect(fit.gaps).toEqual([
      {
        competency: "execution",
        expected: 4,
        actual: 3,
        shortfall: 1,
        mandatory: false,
        weight: 1,
      },
    ]);
    expect(fit.readiness).toBe("close");
    expect(fit.reason).toBe(
      "Close to Senior Product Manager: execution is one level short; everything else is met.",
    );
  });

  it("still calls a profile ready when only a small non-mandatory gap remains, and names it", () => {
    const fit = roleFit(
      framework,
      buildProfile({ levels: { ...seniorMet, execution: 3.5 } }),
      "senior-pm",
    );
    expect(fit.readiness).toBe("ready");
    expect(fit.reason).toBe(
      "Ready for Senior Product Manager: everything is met apart from small gaps (execution is half a level short).",
    );
  });

  it("caps readiness at close when a mandatory competency is short by less than a level", () => {
    const fit = roleFit(
      framework,
      buildProfile({ levels: { ...seniorMet, "product-strategy": 2.7 } }),
      "senior-pm",
    );
    expect(fit.fit).toBeGreaterThan(0.95);
    expect(fit.readiness).toBe("close");
    expect(fit.reason).toBe(
      "Close to Senior Product Manager: product strategy (required) is half a level short; everything else is met.",
    );
  });

  it("keeps a mandatory competency one level short at close, never ready", () => {
    const fit = roleFit(
      framework,
      buildProfile({ levels: { ...seniorMet, "product-strategy": 2 } }),
      "senior-pm",
    );
    expect(fit.readiness).toBe("close");
    expect(fit.reason).toBe(
      "Close to Senior Product Manager: product strategy (required) is one level short; everything else is met.",
    );
  });

  it("calls a mandatory competency more than a level short a stretch, whatever the rest", () => {
    const fit = roleFit(
      framework,
      buildProfile({ levels: { ...seniorMet, "product-strategy": 1.5, execution: 5 } }),
      "senior-pm",
    );
    expect(fit.fit).toBeGreaterThanOrEqual(0.8);
    expect(fit.readiness).toBe("stretch");
    expect(fit.reason).toContain("Senior Product Manager is a stretch for now");
    expect(fit.reason).toContain("product strategy (required) is one and a half levels short");
  });

  it("leaves an unrated competency out of the fit and keeps the verdict from ready", () => {
    const { execution: _, ...rest } = seniorMet;
    const fit = roleFit(framework, buildProfile({ levels: rest }), "senior-pm");
    expect(fit.fit).toBe(1);
    expect(fit.unknown).toEqual(["execution"]);
    expect(fit.gaps).toEqual([
      {
        competency: "execution",
        expected: 4,
        actual: null,
        shortfall: 0,
        mandatory: false,
        weight: 1,
      },
    ]);
    expect(fit.readiness).toBe("close");
    expect(fit.reason).toBe(
      "Close to Senior Product Manager: everything rated is met; execution is not rated yet, so readiness cannot be confirmed.",
    );
  });

  it("sorts gaps by weighted shortfall so a mandatory gap outranks an equal plain one", () => {
    const fit = roleFit(
      framework,
      buildProfile({
        levels: { ...seniorMet, "product-strategy": 2, influence: 2, execution: 2.5 },
      }),
      "senior-pm",
    );
    expect(fit.gaps.map((gap) => gap.competency)).toEqual([
      "product-strategy",
      "execution",
      "influence",
    ]);
    expect(fit.reason).toBe(
      "Senior Product Manager is a stretch for now: product strategy (required) and stakeholder influence are one level short, execution is one and a half levels short; everything else is met.",
    );
  });

  it("says how many smaller gaps remain beyond the three it names", () => {
    const fit = roleFit(
      framework,
      buildProfile({
        levels: {
          "product-strategy": 1,
          execution: 1,
          "customer-insight": 1,
          influence: 1,
          "people-leadership": 1,
        },
      }),
      "group-pm",
    );
    expect(fit.readiness).toBe("stretch");
    expect(fit.fit).toBeGreaterThanOrEqual(0);
    expect(fit.reason).toMatch(/two smaller gaps remain\.$/);
  });

  it("calls a role with nothing rated a stretch with fit 0 and says nothing is rated", () => {
    const fit = roleFit(framework, buildProfile(), "pm");
    expect(fit.fit).toBe(0);
    expect(fit.readiness).toBe("stretch");
    expect(fit.unknown).toHaveLength(5);
    expect(fit.reason).toBe(
      "Nothing Product Manager expects has been rated yet (product strategy, execution, customer insight and two more), so readiness is still unknown.",
    );
  });

  it("honours custom thresholds and mandatory weight", () => {
    const profile = buildProfile({ levels: { ...seniorMet, execution: 3 } });
    const fit = roleFit(framework, profile, "senior-pm", {
      readiness: { ready: 0.99, close: 0.5 },
      mandatoryWeight: 1,
    });
    expect(fit.fit).toBeCloseTo(1 - 1 / 15, 10);
    expect(fit.readiness).toBe("close");
  });

  it("rejects an unknown role id with the closest known ids", () => {
    expect(() => roleFit(framework, buildProfile(), "senior-p")).toThrow(
      /Unknown role "senior-p" in framework "test-ladder" 1\.0\.0: use one of its role ids, e\.g\. senior-pm/,
    );
  });
});
