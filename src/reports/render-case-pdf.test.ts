import { describe, expect, it } from "vitest";
import { drawnText } from "../../test/pdf-text.ts";
import type { PromotionCase } from "../app/promotion-cases/promotion-case-types.ts";
import { renderCaseMarkdown } from "./render-case-markdown.ts";
import { renderCasePdf } from "./render-case-pdf.ts";

const filled: PromotionCase = {
  id: "k-1",
  person: { id: "p-ava", name: "Ava Lindqvist" },
  targetRole: { id: "senior-pm", title: "Senior Product Manager" },
  currentRole: { id: "pm", title: "Product Manager" },
  frameworkVersion: "1.0.0",
  status: "decided",
  sharedWithPerson: true,
  decision: "with-a-plan",
  decisionWords: "Promote with a plan",
  cycleId: null,
  openedAt: "2026-11-02T09:00:00.000Z",
  updatedAt: "2026-11-20T09:00:00.000Z",
  openedBy: "Ben Okafor",
  narrative: "Ava relaunched pricing and grew conversion by a fifth.",
  scaleMax: 5,
  fit: {
    fit: 0.86,
    readiness: "close",
    reason: "Close to Senior Product Manager: strategy is one level short.",
  },
  expectations: [
    {
      competency: { id: "strategy", name: "Product strategy" },
      expected: 4,
      mandatory: true,
      level: 3,
      verdict: "short",
      summary: "One level short of level 4 (required) (rated 3).",
      byRater: { self: 4, manager: 3 },
      confidence: "medium",
      evidence: [
        {
          id: "e-1",
          date: "2026-10-01",
          title: "Set the payments strategy",
          outcome: "Adopted org-wide",
        },
      ],
    },
    {
      competency: { id: "execution", name: "Execution" },
      expected: 3,
      mandatory: false,
      level: 3.5,
      verdict: "met",
      summary: "Meets the expected level 3 (rated 3.5).",
      byRater: { manager: 3.5, peer: 3.5 },
      confidence: "high",
      evidence: [],
    },
  ],
  gaps: ["Product strategy (required): one level short of level 4 (rated 3)."],
  confidence: {
    level: "medium",
    summary: "Medium confidence: some expectations rest on few raters.",
  },
  evidenceNote: "Evidence the person shared with their managers or the whole organisation.",
  decided: {
    decision: "with-a-plan",
    words: "Promote with a plan",
    note: "Close the strategy gap first.",
    decidedBy: "Erin Lee",
    decidedAt: "2026-11-20T09:00:00.000Z",
  },
  can: { edit: false, decide: false },
};

describe("renderCasePdf", () => {
  it("writes an A4 PDF a committee can read: fit, expectations, gaps, evidence, narrative, decision", async () => {
    const pdf = Buffer.from(await renderCasePdf(filled, { compress: false })).toString("latin1");
    expect(pdf.startsWith("%PDF-1.")).toBe(true);
    expect(pdf).toContain("/MediaBox [0 0 595.28 841.89]");
    // Table cells and long headings wrap; read the text as one flow of words.
    const text = drawnText(pdf).replace(/\s*\n\s*/g, " ");
    expect(text).toContain("Expected");
    expect(text).toContain("Evidence");
    expect(text).toContain("Promotion case: Ava Lindqvist toward Senior Product Manager");
    expect(text).toContain("Fit 86% (close)");
    expect(text).toContain("self 4, manager 3");
    expect(text).toContain("Set the payments strategy");
    expect(text).toContain("Ava relaunched pricing");
    expect(text).toContain("Promote with a plan: decided by Erin Lee on 2026-11-20.");
    expect(text).toMatch(/page 1 of \d/);
  });
});

describe("renderCaseMarkdown", () => {
  it("lists the expectations, the gaps and the decision, and says when nothing is written", () => {
    const markdown = renderCaseMarkdown(filled);
    expect(markdown).toContain("# Promotion case: Ava Lindqvist toward Senior Product Manager");
    expect(markdown).toContain("| Product strategy (required) | 4 | 3 | self 4, manager 3 | 1 |");
    expect(markdown).toContain("- Product strategy (required): one level short");
    const open = renderCaseMarkdown({ ...filled, narrative: "", decided: null });
    expect(open).toContain("_No narrative written yet._");
    expect(open).toContain("The promotion committee has not decided yet.");
  });
});
