import { describe, expect, it } from "vitest";
import { buildAssessment, buildEvidence, buildFramework } from "../../../test/factories.ts";
import { aggregateProfile } from "./aggregate-profile.ts";

const framework = buildFramework();

const manager = (levels: Record<string, number>, extra = {}) =>
  buildAssessment({ raterKind: "manager", raterId: "manager-1", levels, ...extra });
const self = (levels: Record<string, number>, extra = {}) =>
  buildAssessment({ raterKind: "self", raterId: "person-1", levels, ...extra });
const peer = (raterId: string, levels: Record<string, number>) =>
  buildAssessment({ raterKind: "peer", raterId, levels });

describe("aggregateProfile", () => {
  it("weighs manager 0.5, self 0.3 and peers a shared 0.2", () => {
    const profile = aggregateProfile(framework, "person-1", [
      manager({ execution: 3 }),
      self({ execution: 4 }),
      peer("peer-1", { execution: 2 }),
      peer("peer-2", { execution: 4 }),
    ]);
    const score = profile.competencies.execution;
    expect(score?.level).toBeCloseTo(0.5 * 3 + 0.3 * 4 + 0.1 * 2 + 0.1 * 4, 6);
    expect(score?.byRater).toEqual({ manager: 3, self: 4, peer: 3 });
    expect(score?.raters).toBe(4);
    expect(score?.spread).toBe(2);
    expect(score?.lowConfidence).toBe(true);
    expect(score?.selfVsManager).toBe(1);
    expect(score?.reason).toBe(
      "Execution is at 3.3, from manager 3, self 4 and two peers averaging 3; raters are two levels apart, so confidence is low; the self-rating is one level above the manager's.",
    );
  });

  it("renormalises over who rated, so a lone manager rating is the level", () => {
    const profile = aggregateProfile(framework, "person-1", [manager({ influence: 2 })]);
    expect(profile.competencies.influence?.level).toBe(2);
    expect(profile.competencies.influence?.confidenceLevel).toBe("medium");
    expect(profile.selfOnly).toBe(false);
  });

  it("keeps unrated competencies unknown, never zero, and says so", () => {
    const profile = aggregateProfile(framework, "person-1", [manager({ execution: 3 })]);
    const strategy = profile.competencies["product-strategy"];
    expect(strategy?.level).toBeNull();
    expect(strategy?.raters).toBe(0);
    expect(strategy?.confidence).toBe(0);
    expect(strategy?.reason).toBe(
      "Product strategy is not rated yet, so it stays unknown rather than counting as zero.",
    );
    expect(Object.keys(profile.competencies)).toHaveLength(5);
  });

  it("uses only each rater's latest submitted assessment and ignores drafts", () => {
    const profile = aggregateProfile(framework, "person-1", [
      manager({ execution: 2 }, { submittedAt: "2026-01-01T00:00:00Z" }),
      manager({ execution: 4 }, { submittedAt: "2026-03-01T00:00:00Z" }),
      manager({ execution: 1 }, { submittedAt: null }),
    ]);
    expect(profile.competencies.execution?.level).toBe(4);
  });

  it("breaks a tie between equally timed assessments by id, whatever the input order", () => {
    const a = manager({ execution: 2 }, { id: "a" });
    const b = manager({ execution: 5 }, { id: "b" });
    expect(aggregateProfile(framework, "person-1", [a, b]).competencies.execution?.level).toBe(5);
    expect(aggregateProfile(framework, "person-1", [b, a]).competencies.execution?.level).toBe(5);
  });

  it("ignores other people's assessments and unknown competency ids", () => {
    const profile = aggregateProfile(framework, "person-1", [
      manager({ execution: 3, "made-up": 5 }),
      buildAssessment({ personId: "person-2", levels: { execution: 1 } }),
    ]);
    expect(profile.competencies.execution?.level).toBe(3);
    expect(profile.competencies["made-up"]).toBeUndefined();
  });

  it("gives evidence-backed ratings more weight", () => {
    const entry = buildEvidence({ competencies: ["execution"] });
    const backedSelf = buildAssessment({
      raterKind: "self",
      raterId: "person-1",
      ratings: [{ competency: "execution", level: 4, evidence: [entry.id] }],
    });
    const plain = aggregateProfile(framework, "person-1", [manager({ execution: 2 }), backedSelf]);
    const boosted = aggregateProfile(
      framework,
      "person-1",
      [manager({ execution: 2 }), backedSelf],
      [entry],
    );
    const selfWeight = 0.3 * 1.25;
    expect(plain.competencies.execution?.level).toBeCloseTo((0.5 * 2 + 0.3 * 4) / 0.8, 6);
    expect(boosted.competencies.execution?.level).toBeCloseTo(
      (0.5 * 2 + selfWeight * 4) / (0.5 + selfWeight),
      6,
    );
    expect(boosted.competencies.execution?.evidenceCount).toBe(1);
    expect(boosted.competencies.execution?.reason).toContain("1 evidence entry supports it");
  });

  it("does not boost a rating that links someone else's evidence", () => {
    const foreign = buildEvidence({ personId: "person-2" });
    const linked = buildAssessment({
      raterKind: "self",
      raterId: "person-1",
      ratings: [{ competency: "execution", level: 4, evidence: [foreign.id] }],
    });
    const profile = aggregateProfile(
      framework,
      "person-1",
      [manager({ execution: 2 }), linked],
      [foreign],
    );
    expect(profile.competencies.execution?.level).toBeCloseTo((0.5 * 2 + 0.3 * 4) / 0.8, 6);
    expect(profile.competencies.execution?.evidenceCount).toBe(0);
  });

  it("falls back to the plain mean when every present rater kind is weighted zero", () => {
    const profile = aggregateProfile(
      framework,
      "person-1",
      [peer("peer-1", { execution: 2 }), peer("peer-2", { execution: 3 })],
      [],
      { raterWeights: { manager: 0.5, self: 0.5, peer: 0 } },
    );
    expect(profile.competencies.execution?.level).toBe(2.5);
  });

  it("counts a competency rated twice in one assessment once, at the higher rating", () => {
    const twice = buildAssessment({
      ratings: [
        { competency: "execution", level: 2 },
        { competency: "execution", level: 4 },
      ],
    });
    expect(aggregateProfile(framework, "person-1", [twice]).competencies.execution?.level).toBe(4);
  });

  it("flags a self-only profile as low confidence and asks for other raters", () => {
    const profile = aggregateProfile(framework, "person-1", [self({ execution: 4, influence: 3 })]);
    expect(profile.selfOnly).toBe(true);
    expect(profile.competencies.execution?.lowConfidence).toBe(true);
    expect(profile.competencies.execution?.confidence).toBeLessThan(0.4);
    expect(profile.competencies.execution?.reason).toContain("only a self-rating so far");
    expect(profile.reason).toBe(
      "Based on a self-assessment, covering 2 of 5 competencies; only self-ratings so far, so ask a manager or a peer to rate too; product strategy, customer insight and people leadership are not rated yet.",
    );
  });

  it("grows confidence with agreeing raters", () => {
    const one = aggregateProfile(framework, "person-1", [manager({ execution: 3 })]);
    const three = aggregateProfile(framework, "person-1", [
      manager({ execution: 3 }),
      self({ execution: 3 }),
      peer("peer-1", { execution: 3 }),
    ]);
    const lone = one.competencies.execution?.confidence ?? 0;
    const agreed = three.competencies.execution?.confidence ?? 0;
    expect(agreed).toBeGreaterThan(lone);
    expect(three.competencies.execution?.level).toBe(3);
    expect(three.competencies.execution?.confidenceLevel).toBe("high");
  });

  it("summarises what the profile rests on and where it is unsure", () => {
    const profile = aggregateProfile(framework, "person-1", [
      manager({ execution: 2, influence: 3 }),
      self({ execution: 4, influence: 3 }),
    ]);
    expect(profile.reason).toBe(
      "Based on a manager assessment and a self-assessment, covering 2 of 5 competencies; confidence is low for execution; product strategy, customer insight and people leadership are not rated yet.",
    );
  });

  it("explains an empty history", () => {
    const profile = aggregateProfile(framework, "person-1", []);
    expect(profile.selfOnly).toBe(false);
    expect(profile.reason).toContain("every competency stays unknown");
  });
});
