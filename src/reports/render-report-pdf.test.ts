import { describe, expect, it } from "vitest";
import { loadDefaultFramework } from "../../test/default-framework.ts";
import { buildEvidence, buildProfile } from "../../test/factories.ts";
import { drawnText } from "../../test/pdf-text.ts";
import { assembleGrowthReport } from "../app/assemble-growth-report.ts";
import { renderReportPdf } from "./render-report-pdf.ts";

const framework = loadDefaultFramework();
const stamp = "2026-05-01T00:00:00.000Z";

function report(evidenceCount: number, name = "Ava Lindqvist") {
  return assembleGrowthReport({
    framework,
    person: {
      id: "person-1",
      orgId: "org-1",
      name,
      email: "ava@example.com",
      roleId: "pm",
      managerId: null,
      team: "Payments",
      createdAt: stamp,
      updatedAt: stamp,
    },
    managerName: null,
    profile: buildProfile({ framework, levels: { communication: 3, execution: 2 } }),
    currentPlan: null,
    evidence: Array.from({ length: evidenceCount }, (_, index) =>
      buildEvidence({ title: `Shipped improvement number ${index + 1}` }),
    ),
    evidenceScope: "shared",
    generatedOn: "2026-06-01",
  });
}

const pageCount = (pdf: string) => (pdf.match(/\/Type \/Page\b(?!s)/g) ?? []).length;

describe("renderReportPdf", () => {
  it("writes a multi-page A4 PDF that names the person", async () => {
    const pdf = Buffer.from(await renderReportPdf(report(3), { compress: false })).toString(
      "latin1",
    );
    expect(pdf.startsWith("%PDF-1.")).toBe(true);
    expect(pdf).toContain("/MediaBox [0 0 595.28 841.89]");
    const pages = pageCount(pdf);
    expect(pages).toBeGreaterThanOrEqual(3);
    expect(pages).toBeLessThanOrEqual(10);
    const text = drawnText(pdf);
    expect(text).toContain("Growth report: Ava Lindqvist");
    expect(text).toContain("Fit for every role");
    expect(text).toContain("(Promotion): ");
    expect(text).toContain("Why this move works: ");
    expect(text).not.toMatch(/\((promotion|track-switch|pivot)\)/);
    expect(text).toContain(`page ${pages} of ${pages}`);
  });

  it("continues long tables on new pages with their header repeated", async () => {
    const short = Buffer.from(await renderReportPdf(report(3), { compress: false })).toString(
      "latin1",
    );
    const long = Buffer.from(await renderReportPdf(report(120), { compress: false })).toString(
      "latin1",
    );
    expect(pageCount(long)).toBeGreaterThan(pageCount(short) + 1);
    const text = drawnText(long);
    expect(text).toContain("Shipped improvement number 120");
    expect(text.split("What happened").length - 1).toBeGreaterThan(1);
  });

  it("prints names in Central European, Greek and Cyrillic letters as written", async () => {
    const name = "Łukasz Żak-Dvořák, Ελένη Παππά, Дарья Орлова";
    const pdf = Buffer.from(await renderReportPdf(report(1, name), { compress: false })).toString(
      "latin1",
    );
    // The long title wraps; joined again, it reads as given.
    const text = drawnText(pdf).replaceAll("\n", "");
    expect(text).toContain(`Growth report: ${name}`);
    expect(text).not.toContain("\uFFFD");
  });

  it("lists the criteria of the level each focus competency aims at", async () => {
    const built = report(1);
    const criteria = ["Writes the narrative teams decide from", "Runs reviews with no surprises"];
    const pdf = Buffer.from(
      await renderReportPdf(
        { ...built, focusLevels: [{ competency: "communication", level: 4, criteria }] },
        { compress: false },
      ),
    ).toString("latin1");
    const text = drawnText(pdf);
    expect(text).toContain("What the level aimed at looks like");
    expect(text).toContain("Communication at level 4");
    for (const criterion of criteria) expect(text).toContain(criterion);
  });

  it("compresses page contents by default", async () => {
    const compressed = await renderReportPdf(report(3));
    const plain = await renderReportPdf(report(3), { compress: false });
    expect(compressed.length).toBeLessThan(plain.length);
    expect(Buffer.from(compressed).toString("latin1")).toContain("/FlateDecode");
  });
});
