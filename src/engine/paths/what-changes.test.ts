import { describe, expect, it } from "vitest";
import { buildFramework } from "../../../test/factories.ts";
import { whatChanges } from "./what-changes.ts";

const framework = buildFramework();

describe("whatChanges", () => {
  it("lists the expectations that rise from Product Manager to Senior Product Manager", () => {
    const change = whatChanges(framework, "pm", "senior-pm");
    expect(change.from).toBe("pm");
    expect(change.to).toBe("senior-pm");
    expect(change.rising).toEqual([
      { competency: "product-strategy", from: 2, to: 3 },
      { competency: "execution", from: 3, to: 4 },
      { competency: "influence", from: 2, to: 3 },
      { competency: "people-leadership", from: 1, to: 2 },
    ]);
    expect(change.lowered).toEqual([]);
    expect(change.newResponsibilities).toEqual(["Own the work of a Senior Product Manager."]);
    expect(change.skillsToDevelop.map((skill) => skill.name)).toEqual([
      "Roadmap bets",
      "Alignment",
    ]);
    expect(change.whatChanges).toEqual(["Scope widens to what a Senior Product Manager owns."]);
    expect(change.summary).toBe(
      "From Product Manager to Senior Product Manager: product strategy rises from 2 to 3; execution rises from 3 to 4; stakeholder influence rises from 2 to 3; one more expectation rises; one new responsibility; skills to develop: Roadmap bets and Alignment.",
    );
  });

  it("gathers what changes at every step of a skip-level move", () => {
    const change = whatChanges(framework, "pm", "group-pm");
    expect(change.whatChanges).toEqual([
      "Scope widens to what a Senior Product Manager owns.",
      "Scope widens to what a Group Product Manager owns.",
    ]);
  });

  it("notes expectations that ease and ones that stop counting on a pivot", () => {
    const change = whatChanges(framework, "senior-pm", "product-marketing-manager");
    expect(change.lowered.map((item) => item.competency)).toEqual([
      "product-strategy",
      "execution",
    ]);
    expect(change.rising).toEqual([{ competency: "customer-insight", from: 3, to: 4 }]);
    expect(change.summary).toContain("less is expected in product strategy and execution");
  });

  it("says so when two roles ask the same", () => {
    expect(whatChanges(framework, "pm", "pm").summary).toBe(
      "From Product Manager to Product Manager: the expectations and responsibilities stay the same.",
    );
  });

  it("reports a new expectation the current role does not have", () => {
    const change = whatChanges(framework, "product-marketing-manager", "pm");
    expect(change.newExpectations).toEqual([{ competency: "people-leadership", level: 1 }]);
    expect(change.summary).toContain("people leadership now counts");
  });

  it("rejects an unknown role id", () => {
    expect(() => whatChanges(framework, "pm", "cpo")).toThrow(/Unknown role "cpo"/);
  });
});
