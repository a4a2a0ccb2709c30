import { describe, expect, it } from "vitest";
import { buildAssessment } from "../../../test/factories.ts";
import { bySubmission, latestSubmitted, submittedAfter } from "./latest-submitted.ts";

describe("latestSubmitted", () => {
  it("keeps one latest submitted assessment per rater, managers first", () => {
    const old = buildAssessment({ raterKind: "manager", submittedAt: "2026-01-01T00:00:00Z" });
    const recent = buildAssessment({ raterKind: "manager", submittedAt: "2026-02-01T00:00:00Z" });
    const draft = buildAssessment({ raterKind: "manager", submittedAt: null });
    const self = buildAssessment({ raterKind: "self", raterId: "person-1" });
    const peer = buildAssessment({ raterKind: "peer", raterId: "peer-1" });
    expect(latestSubmitted("person-1", [peer, self, recent, draft, old])).toEqual([
      recent,
      self,
      peer,
    ]);
  });

  it("compares instants, not strings, across time zones", () => {
    const utc = buildAssessment({ submittedAt: "2026-01-01T10:00:00Z" });
    const later = buildAssessment({ submittedAt: "2026-01-01T11:30:00+01:00" });
    expect(submittedAfter(later, utc)).toBe(true);
  });

  it("orders history oldest first with ties broken by id", () => {
    const b = buildAssessment({ id: "b" });
    const a = buildAssessment({ id: "a" });
    expect([b, a].sort(bySubmission).map((item) => item.id)).toEqual(["a", "b"]);
  });
});
